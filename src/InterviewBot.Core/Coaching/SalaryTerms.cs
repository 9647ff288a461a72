namespace InterviewBot.Core.Coaching;

/// <summary>
/// What surrounds the figure in a salary answer: currency, period, gross or net, a bonus named next
/// to the base, and a "flexible" that weakens it. Read once, then used for the advice and the result.
/// </summary>
internal sealed record SalaryTerms(string? Currency, string? Period, string? Basis, string? Bonus, string? Flexible)
{
    public static readonly HashSet<string> BonusWords = ["bonus", "bonuses", "equity", "stock", "commission", "benefits", "rsu", "rsus"];

    public SalaryAssessment Assessment(bool isRange, IReadOnlyList<decimal> amounts, decimal? number, string advice) =>
        new(isRange, amounts, Currency, number, advice, Period, Basis, Bonus);

    /// <summary>"gross" or "net" when the answer says so ("brutto", "after tax", "take-home"…); the first one said wins.</summary>
    public static string? BasisOf(List<SalaryToken> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (SalaryWords.Gross.Any(p => At(tokens, i, p))) return "gross";
            if (SalaryWords.Net.Any(p => At(tokens, i, p))) return "net";
        }
        return null;
    }

    public static string? FlexibleWord(List<SalaryToken> tokens) => tokens.FirstOrDefault(t => SalaryWords.Flexible.Contains(t.Text))?.Text;

    /// <summary>
    /// Takes the bonus out of the figures: "80k base + 10k bonus" is 80k with a 10k bonus, and
    /// "excluding the 10% bonus" is a share, never the salary. A lone figure stays, even next to "bonus".
    /// </summary>
    public static (List<SalaryAmount> Amounts, string? Bonus) SplitBonus(List<SalaryToken> tokens, List<SalaryAmount> amounts)
    {
        var bonusAmounts = amounts.Where(a => IsBonus(tokens, a.End + 1, forward: true) || IsBonus(tokens, a.Start - 1, forward: false)).ToList();
        var rest = amounts.Except(bonusAmounts).ToList();
        if (rest.Count == 0) (rest, bonusAmounts) = (amounts, []);
        if (bonusAmounts.Count > 0) return (rest, SalaryAdvice.Amount(bonusAmounts[0].Value));
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Number is { } share && tokens[i + 1].Text == "%" && (IsBonus(tokens, i + 2, forward: true) || IsBonus(tokens, i - 1, forward: false)))
                return (rest, SalaryAdvice.Amount(share) + "%");
        }
        return (rest, null);
    }

    /// <summary>"72k, that is 6k a month": the figure said again another way is not a second figure.</summary>
    public static List<SalaryAmount> WithoutRestatements(List<SalaryToken> tokens, List<SalaryAmount> amounts) =>
        amounts.Where((a, k) => k == 0 || !SalaryWords.Restating.Any(p =>
            Enumerable.Range(amounts[k - 1].End + 1, Math.Max(0, a.Start - amounts[k - 1].End - 1)).Any(i => At(tokens, i, p)))).ToList();

    private static bool IsBonus(List<SalaryToken> tokens, int at, bool forward)
    {
        // Skip the currency, the percent sign and small words between the figure and "bonus".
        for (var steps = 0; steps < 3 && at >= 0 && at < tokens.Count; steps++, at += forward ? 1 : -1)
        {
            var t = tokens[at];
            if (t.Text is "bonus" or "bonuses" or "commission") return true;
            if (!(t.Currency is not null || t.Text is "%" or "a" or "of" or "annual" or "yearly" or "target" or "performance" or "signing" or "as" or "in")) return false;
        }
        return false;
    }

    private static bool At(List<SalaryToken> tokens, int i, string phrase)
    {
        var parts = phrase.Split(' ');
        if (i + parts.Length > tokens.Count) return false;
        for (var j = 0; j < parts.Length; j++)
        {
            if (tokens[i + j].Text != parts[j]) return false;
        }
        return true;
    }
}
