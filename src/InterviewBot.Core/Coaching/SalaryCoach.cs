namespace InterviewBot.Core.Coaching;

/// <summary>
/// Reads a candidate's salary answer and coaches it towards one exact figure. A range
/// ("2,000–3,000", "between 4k and 5k", "100-120k", "from 5000 up to 6000 USD") is flagged and the
/// top of the range is suggested as the one number; a single figure is accepted and echoed back
/// with its currency and period; a hedge ("around", "at least", "up to", "80k+") is pointed out.
/// Pure and stateless, like <see cref="QuestionCoach"/>.
/// </summary>
public sealed class SalaryCoach
{
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static",
        Justification = "An instance API, like QuestionCoach: callers hold a coach, and a later one can carry settings.")]
    public SalaryAssessment Assess(string answer)
    {
        var tokens = SalaryReader.Tokenize(answer ?? "");
        var currency = tokens.FirstOrDefault(t => t.Currency is not null)?.Currency;
        var (amounts, bonus) = SalaryTerms.SplitBonus(tokens, SalaryReader.Amounts(tokens));
        amounts = SalaryTerms.WithoutRestatements(tokens, amounts);
        var terms = new SalaryTerms(currency, Period(tokens), SalaryTerms.BasisOf(tokens), bonus, SalaryTerms.FlexibleWord(tokens));

        if (Range(tokens, amounts) is var (low, high))
            return terms.Assessment(true, [low, high], Math.Max(low, high), SalaryAdvice.ForRange(low, high, terms));

        amounts = amounts.Where(a => !(a.FromWords && a.Value < 100)).ToList();
        if (amounts.Count == 0 && SalaryReader.Decade(tokens) is var (from, to))
            return terms.Assessment(true, [from, to], null, SalaryAdvice.ForSpan(from, to, terms));
        if (amounts.Count == 0)
            return terms.Assessment(false, [], null, SalaryAdvice.ForNoFigure(answer ?? "", tokens));

        var chosen = Choose(tokens, amounts);
        var hedge = Hedge(tokens, chosen);
        return terms.Assessment(false, [chosen.Value], chosen.Value, SalaryAdvice.ForFigure(chosen.Value, terms, hedge));
    }

    /// <summary>
    /// The figures of an answer as a span to compare: a range or band as it is, one figure as itself,
    /// "up to 95k" from nothing to 95k, "at least 95k" from 95k up; null without a figure.
    /// </summary>
    internal static SalarySpan? Span(string text)
    {
        var assessment = new SalaryCoach().Assess(text);
        if (assessment.Amounts.Count == 0) return null;
        var (low, high) = (assessment.Amounts.Min(), assessment.Amounts.Max());
        if (!assessment.IsRange)
        {
            var tokens = SalaryReader.Tokenize(text);
            var amount = SalaryReader.Amounts(tokens).FirstOrDefault(a => a.Value == assessment.Number);
            var hedge = amount is null ? null : Hedge(tokens, amount);
            if (hedge?.Kind == SalaryHedgeKind.Ceiling) low = 0;
            if (hedge?.Kind == SalaryHedgeKind.Floor) high = decimal.MaxValue;
        }
        return new SalarySpan(low, high, assessment.Currency, assessment.Period, assessment.Basis);
    }

    /// <summary>Two amounts joined by "-", "to", "and", "or", "/" or "up to" make a range.</summary>
    private static (decimal Low, decimal High)? Range(List<SalaryToken> tokens, List<SalaryAmount> amounts)
    {
        for (var k = 0; k + 1 < amounts.Count; k++)
        {
            var (a, b) = (amounts[k], amounts[k + 1]);
            var between = tokens.Skip(a.End + 1).Take(b.Start - a.End - 1).Where(t => t.Currency is null).ToList();
            if (between.Count == 0 || !between.All(t => SalaryWords.Connectors.Contains(t.Text))) continue;
            var (low, high) = (a.Value, b.Value);
            // "100-120k": the k belongs to both ends; "70–80.000": so do the thousands.
            if (a.Multiplier == 1m && b.Multiplier > 1m && a.Raw < b.Raw * 10) low = a.Raw * b.Multiplier;
            else if (b.Multiplier == 1m && a.Multiplier > 1m && b.Raw < a.Raw * 10) high = b.Raw * a.Multiplier;
            if (low > 0 && low < 1000 && high >= 1000 && high / low >= 100) low *= 1000;
            else if (high > 0 && high < 1000 && low >= 1000 && low / high >= 100) high *= 1000;
            return (SalaryReader.Plain(low), SalaryReader.Plain(high));
        }
        return null;
    }

    /// <summary>Of several figures, the one they want ("…looking for 130k"), not the one they earn now.</summary>
    private static SalaryAmount Choose(List<SalaryToken> tokens, List<SalaryAmount> amounts)
    {
        if (amounts.Count == 1) return amounts[0];
        bool Before(SalaryAmount a, HashSet<string> words) => tokens.Skip(Math.Max(0, a.Start - 6)).Take(Math.Min(6, a.Start)).Any(t => words.Contains(t.Text));
        return amounts.LastOrDefault(a => Before(a, SalaryWords.Wanted))
            ?? amounts.LastOrDefault(a => !Before(a, SalaryWords.Current))
            ?? amounts[^1];
    }

    /// <summary>"around", "at least", "up to", "80k+", "70k-ish" next to the figure; null when it stands alone.</summary>
    private static SalaryHedge? Hedge(List<SalaryToken> tokens, SalaryAmount amount)
    {
        var before = string.Join(' ', tokens.Take(amount.Start).Where(t => t.Currency is null).Select(t => t.Text).TakeLast(3));
        var after = string.Join(' ', tokens.Skip(amount.End + 1).Where(t => t.Currency is null).Select(t => t.Text).Take(2));
        foreach (var (words, kind) in new[] { (SalaryWords.Floors, SalaryHedgeKind.Floor), (SalaryWords.Ceilings, SalaryHedgeKind.Ceiling), (SalaryWords.Hedges, SalaryHedgeKind.Around) })
        {
            foreach (var phrase in words)
            {
                // "70k + 15% bonus" adds a bonus; "70k+" alone is a floor.
                if (phrase == "+" && !string.IsNullOrEmpty(after) && after.Split(' ') is [_, var next, ..] && (next.Any(char.IsDigit) || SalaryTerms.BonusWords.Contains(next))) continue;
                if ($" {before}".EndsWith($" {phrase}", StringComparison.Ordinal)
                    || (phrase is "+" or "or more" or "or above" or "and up" or "and above" or "upwards" or "ish" or "or so"
                        && $"{after} ".StartsWith($"{phrase} ", StringComparison.Ordinal)))
                    return new SalaryHedge(kind, phrase);
            }
        }
        return null;
    }

    private static string? Period(List<SalaryToken> tokens)
    {
        var words = tokens.Select(t => t.Text).ToList();
        foreach (var (phrase, period) in SalaryWords.Periods)
        {
            var parts = phrase.Split(' ');
            for (var i = 0; i + parts.Length <= words.Count; i++)
            {
                if (parts.Select((p, j) => words[i + j] == p).All(x => x)) return period;
            }
        }
        return null;
    }
}
