using System.Globalization;

namespace InterviewBot.Core.Coaching;

internal enum SalaryHedgeKind { Around, Floor, Ceiling }

/// <summary>A word that softens a figure: "around" 80k, "at least" 80k, "up to" 80k, 80k"+".</summary>
internal sealed record SalaryHedge(SalaryHedgeKind Kind, string Words);

/// <summary>What the salary coach tells the candidate, in the project's own words.</summary>
internal static class SalaryAdvice
{
    private static readonly string[] Vague = ["negotiable", "flexible", "depends", "depending", "open", "fair", "market", "budget", "competitive", "figures"];

    public static string ForRange(decimal low, decimal high, string? currency, string? period)
    {
        var top = Math.Max(low, high);
        return $"That is a range ({Amount(Math.Min(low, high))} to {Amount(top)}). A range tells the other side the lowest figure " +
               $"you would accept, and offers tend to land at that end. Name one number instead. We suggest the top of your range, " +
               $"{Amount(top)}: you can still come down in the negotiation, but you can hardly go up from a number you said yourself. " +
               $"Try: \u201CMy expectation is {Stated(top, currency, period)}.\u201D" + Missing(currency, period);
    }

    public static string ForFigure(decimal figure, string? currency, string? period, SalaryHedge? hedge)
    {
        var say = $"\u201CMy expectation is {Stated(figure, currency, period)}.\u201D";
        var text = hedge?.Kind switch
        {
            SalaryHedgeKind.Around => $"One number – good. Drop the \u201C{hedge.Words}\u201D: it makes the figure sound like an opening bid to be talked down. Say the number itself: {say}",
            SalaryHedgeKind.Floor => $"One number – good, but \u201C{hedge.Words}\u201D makes it your floor, and offers gravitate to floors. Say the number you want: {say}",
            SalaryHedgeKind.Ceiling => $"\u201C{Capital(hedge.Words)}\u201D invites any figure below it. Say the number you want, and only that: {say}",
            _ => $"One clear number – that is what works. Say it plainly, with nothing around it: {say}",
        };
        return text + Missing(currency, period);
    }

    public static string ForNoFigure(string answer, List<SalaryToken> tokens)
    {
        if (string.IsNullOrWhiteSpace(answer))
            return "Type the salary you will ask for: one number, with the currency and whether it is per year or per month.";
        if (tokens.Any(t => Vague.Contains(t.Text)))
            return "Words like \u201Cnegotiable\u201D or \u201Cit depends\u201D leave the number to the other side, and their number will be lower. " +
                   "Decide on one figure before the call and say it, e.g. \u201CMy expectation is 65,000 EUR per year.\u201D";
        return "No figure found yet. Decide on one number before the call – the one you would be glad to accept – and write it with " +
               "the currency and the period, e.g. \u201C65,000 EUR per year\u201D.";
    }

    private static string Missing(string? currency, string? period) => (currency, period) switch
    {
        (null, null) => " Add the currency and whether it is per year or per month, so nobody has to guess.",
        (null, _) => " Add the currency, so nobody has to guess.",
        (_, null) => " Say whether it is per year or per month.",
        _ => "",
    };

    private static string Stated(decimal value, string? currency, string? period) =>
        Amount(value) + (currency is null ? "" : " " + currency) + (period is null ? "" : " per " + period);

    private static string Amount(decimal value) =>
        value.ToString(value == decimal.Truncate(value) ? "#,0" : "#,0.##", CultureInfo.InvariantCulture);

    private static string Capital(string words) => char.ToUpperInvariant(words[0]) + words[1..];
}
