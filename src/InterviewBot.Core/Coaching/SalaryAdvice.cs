using System.Globalization;

namespace InterviewBot.Core.Coaching;

internal enum SalaryHedgeKind { Around, Floor, Ceiling }

/// <summary>A word that softens a figure: "around" 80k, "at least" 80k, "up to" 80k, 80k"+".</summary>
internal sealed record SalaryHedge(SalaryHedgeKind Kind, string Words);

/// <summary>What the salary coach tells the candidate, in the project's own words.</summary>
internal static class SalaryAdvice
{
    private static readonly string[] Vague = ["negotiable", "flexible", "depends", "depending", "open", "fair", "market", "budget", "competitive", "discussion", "discuss", "negotiation", "negotiate", "talk"];

    public static string ForRange(decimal low, decimal high, SalaryTerms terms)
    {
        var top = Math.Max(low, high);
        return $"That is a range ({Amount(Math.Min(low, high))} to {Amount(top)}). A range tells the other side the lowest figure " +
               $"you would accept, and offers tend to land at that end. Name one number instead. We suggest the top of your range, " +
               $"{Amount(top)}: you can still come down in the negotiation, but you can hardly go up from a number you said yourself. " +
               $"Try: \u201CMy expectation is {Stated(top, terms)}.\u201D" + Extras(terms);
    }

    /// <summary>"the 70s", "mid-80s": a band, not a number; the coach names no number inside it for them.</summary>
    public static string ForSpan(decimal low, decimal high, SalaryTerms terms) =>
        $"That is a band ({Amount(low)} to {Amount(high)}), not a number, and the other side will hear the low end, {Amount(low)}. " +
        "Decide the exact figure you mean and say only that." + Extras(terms);

    public static string ForFigure(decimal figure, SalaryTerms terms, SalaryHedge? hedge)
    {
        var say = $"\u201CMy expectation is {Stated(figure, terms)}.\u201D";
        var text = hedge?.Kind switch
        {
            SalaryHedgeKind.Around => $"One number – good. Drop the \u201C{hedge.Words}\u201D: it makes the figure sound like an opening bid to be talked down. Say the number itself: {say}",
            SalaryHedgeKind.Floor => $"One number – good, but \u201C{hedge.Words}\u201D makes it your floor, and offers gravitate to floors. Say the number you want: {say}",
            SalaryHedgeKind.Ceiling => $"\u201C{Capital(hedge.Words)}\u201D invites any figure below it. Say the number you want, and only that: {say}",
            _ => $"One clear number – that is what works. Say it plainly, with nothing around it: {say}",
        };
        return text + Extras(terms);
    }

    public static string ForNoFigure(string answer, List<SalaryToken> tokens)
    {
        if (string.IsNullOrWhiteSpace(answer))
            return "Type the salary you will ask for: one number, with the currency and whether it is per year or per month.";
        if (SalaryReader.Figures(tokens) is var (digits, part))
        {
            var unit = Pow10(digits - 1);
            var (from, to) = part switch { "low" or "lower" => (1, 3), "mid" or "middle" => (3, 7), "high" or "upper" => (5, 10), _ => (1, 10) };
            return $"\u201C{(part.Length > 0 ? part + " " : "")}{digits} figures\u201D could be anything from {Amount(from * unit)} to {Amount(to * unit - 1)}, and the other side will hear " +
                   $"{Amount(from * unit)}. Decide on one figure – the one you would be glad to accept – and say it with the currency and the period.";
        }
        if (tokens.FindIndex(t => t.Text == "%") is var percent and > 0 && tokens[percent - 1].Number is { } share)
            return $"A share like {Amount(share)}% on top of what you earn now leaves the sum to the other side, and they will round it their way. " +
                   "Work it out and say one figure, with the currency and whether it is per year or per month.";
        if (tokens.Any(t => Vague.Contains(t.Text)))
            return "Fair enough to keep it open – but then the other side names the number, and theirs will be lower. " +
                   "Decide on one figure before the call – the one you would be glad to accept – and say it with the currency and the period.";
        return "No figure found yet. Decide on one number before the call – the one you would be glad to accept – and write it with " +
               "the currency and the period, e.g. \u201C65,000 EUR per year\u201D.";
    }

    /// <summary>What is missing (currency, period) and what weakens the figure (a bonus mixed in, "flexible").</summary>
    private static string Extras(SalaryTerms terms)
    {
        var text = (terms.Currency, terms.Period) switch
        {
            (null, null) => " Add the currency and whether it is per year or per month, so nobody has to guess.",
            (null, _) => " Add the currency, so nobody has to guess.",
            (_, null) => " Say whether it is per year or per month.",
            _ => "",
        };
        if (terms.Bonus is { } bonus) text += $" Keep the bonus ({bonus}) apart: say the base first, then the bonus, so neither is taken for the other.";
        if (terms.Flexible is { } flexible) text += $" Leave out \u201C{flexible}\u201D: it tells them the figure can move, and it will move down.";
        return text;
    }

    private static string Stated(decimal value, SalaryTerms terms) =>
        Amount(value) + (terms.Currency is null ? "" : " " + terms.Currency) + (terms.Basis is null ? "" : " " + terms.Basis) +
        (terms.Period is null ? "" : " per " + terms.Period);

    private static decimal Pow10(int n) => n <= 0 ? 1m : 10m * Pow10(n - 1);

    /// <summary>An amount as people write it: "6,200", "4,500.5".</summary>
    internal static string Amount(decimal value) =>
        value.ToString(value == decimal.Truncate(value) ? "#,0" : "#,0.##", CultureInfo.InvariantCulture);

    private static string Capital(string words) => char.ToUpperInvariant(words[0]) + words[1..];
}
