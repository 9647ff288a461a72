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
        var period = Period(tokens);
        var amounts = SalaryReader.Amounts(tokens);

        if (Range(tokens, amounts) is var (low, high))
            return new SalaryAssessment(true, [low, high], currency, Math.Max(low, high), SalaryAdvice.ForRange(low, high, currency, period), period);

        amounts = amounts.Where(a => !(a.FromWords && a.Value < 100)).ToList();
        if (amounts.Count == 0)
            return new SalaryAssessment(false, [], currency, null, SalaryAdvice.ForNoFigure(answer ?? "", tokens), period);

        var chosen = Choose(tokens, amounts);
        var hedge = Hedge(tokens, chosen);
        return new SalaryAssessment(false, [chosen.Value], currency, chosen.Value, SalaryAdvice.ForFigure(chosen.Value, currency, period, hedge), period);
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
