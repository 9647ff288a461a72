using System.Globalization;
using System.Text.RegularExpressions;

namespace InterviewBot.Core.Coaching;

/// <summary>A piece of a salary answer: a number, a word, a currency, or a mark such as "-" or "+".</summary>
internal sealed record SalaryToken(string Text, decimal? Number = null, string? Currency = null)
{
    public bool IsNumber => Number is not null;
}

/// <summary>One amount found in an answer, with where it sits among the tokens.</summary>
internal sealed record SalaryAmount(decimal Value, decimal Raw, decimal Multiplier, int Start, int End, bool FromWords);

/// <summary>
/// Splits a salary answer into tokens and finds the amounts in it: "80,000", "80.000", "80 000",
/// "80'000", "92.5k", "4,2k", "1.2m", "₹20 lakh", "seventy-two thousand". A group of three digits
/// after a separator is a thousands group ("1.500" is 1500); one or two digits are decimals ("92.5").
/// </summary>
internal static partial class SalaryReader
{
    public static List<SalaryToken> Tokenize(string answer)
    {
        // A salary answer is a line; a pasted page is cut to its start, where the answer would be.
        var text = (answer.Length > 1000 ? answer[..1000] : answer).Normalize().ToLower(CultureInfo.InvariantCulture);
        var tokens = new List<SalaryToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (char.IsDigit(c))
            {
                var m = NumberPattern().Match(text, i);
                tokens.Add(new SalaryToken(m.Value, ParseNumber(m)));
                i += m.Length;
                continue;
            }
            if (SymbolAt(text, i) is { } symbol && (symbol.Symbol.Length == 1 || i == 0 || !char.IsLetter(text[i - 1])))
            {
                tokens.Add(new SalaryToken(symbol.Symbol, Currency: symbol.Code));
                i += symbol.Symbol.Length;
                continue;
            }
            if (char.IsLetter(c))
            {
                var m = WordPattern().Match(text, i);
                AddWord(tokens, m.Value.TrimEnd('.') is var w && w.Contains('.', StringComparison.Ordinal) ? m.Value : w);
                i += m.Length;
                continue;
            }
            var mark = c switch { '\u2013' or '\u2014' or '\u2012' or '\u2212' => "-", ';' => ",", _ => c.ToString() };
            // A comma or semicolon ends a clause ("90k EUR, bonus 10%"); a percent sign makes a share, not pay.
            if (mark is "-" or "/" or "+" or "~" or "," or "%") tokens.Add(new SalaryToken(mark));
            i++;
        }
        return tokens;
    }

    /// <summary>The amounts in the tokens, each with its multiplier applied ("92.5" + "k" = 92,500).</summary>
    public static List<SalaryAmount> Amounts(List<SalaryToken> tokens)
    {
        var amounts = new List<SalaryAmount>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var start = i;
            decimal raw;
            var fromWords = false;
            if (tokens[i].Number is { } n) raw = n;
            else if (WordNumber(tokens, ref i) is { } w) { raw = w; fromWords = true; }
            else continue;

            var multiplier = 1m;
            var applied = 0;
            while (applied++ < 2 && i + 1 < tokens.Count && SalaryWords.Multipliers.TryGetValue(tokens[i + 1].Text, out var factor))
            {
                multiplier *= factor;
                i++;
            }
            if (multiplier == 1m && IsNotMoney(tokens, start, i)) continue;
            amounts.Add(new SalaryAmount(Plain(raw * multiplier), raw, multiplier, start, i, fromWords));
        }
        return amounts;
    }

    /// <summary>"5 years", "2 weeks", "in 2024", "10-15%", "the 70s", "6 figures": numbers in an answer that are not pay.</summary>
    private static bool IsNotMoney(List<SalaryToken> tokens, int start, int end)
    {
        var next = end + 1 < tokens.Count ? tokens[end + 1].Text : "";
        if (SalaryWords.NotMoney.Contains(next)) return true;
        // "10-15%", "10 to 15 percent": the first end of a range of shares is a share too.
        if (SalaryWords.Connectors.Contains(next) && end + 3 < tokens.Count && tokens[end + 2].IsNumber && tokens[end + 3].Text is "%" or "percent") return true;
        var before = start > 0 ? tokens[start - 1].Text : "";
        var value = tokens[start].Number;
        return value is >= 1900 and <= 2100 && before is "in" or "since" or "by" or "until" or "before" or "after";
    }

    // "seventy-two", "a hundred and twenty", "fifty": a whole number written in words.
    private static decimal? WordNumber(List<SalaryToken> tokens, ref int i)
    {
        var at = i;
        decimal total = 0, current = 0;
        var any = false;
        while (at < tokens.Count)
        {
            var word = tokens[at].Text;
            if (SalaryWords.NumberWords.TryGetValue(word, out var units)) current += units;
            else if (word == "hundred") current = (current == 0 ? 1 : current) * 100;
            else if (word == "a" && !any && at + 1 < tokens.Count && tokens[at + 1].Text == "hundred") { at++; current = 100; }
            else if (word == "a" && !any && at + 1 < tokens.Count && SalaryWords.Multipliers.ContainsKey(tokens[at + 1].Text)) current = 1;
            else if (word == "and" && at > 0 && tokens[at - 1].Text == "hundred" && at + 1 < tokens.Count && SalaryWords.NumberWords.ContainsKey(tokens[at + 1].Text)) { at++; continue; }
            else break;
            any = true;
            at++;
        }
        if (!any) return null;
        total += current;
        i = at - 1;
        return total;
    }

    private static void AddWord(List<SalaryToken> tokens, string word)
    {
        // "seventy-two" is one number; "80k-ish" is a hedge.
        foreach (var part in word.Split('-', StringSplitOptions.RemoveEmptyEntries))
        {
            tokens.Add(SalaryWords.CurrencyWords.TryGetValue(part, out var code) ? new SalaryToken(part, Currency: code) : new SalaryToken(part));
        }
    }

    private static (string Symbol, string Code)? SymbolAt(string text, int i)
    {
        foreach (var (symbol, code) in SalaryWords.Symbols)
        {
            if (string.CompareOrdinal(text, i, symbol, 0, symbol.Length) == 0) return (symbol, code);
        }
        return null;
    }

    /// <summary>92500.0 → 92500: the same number without trailing zeros in its scale.</summary>
    public static decimal Plain(decimal value) => value / 1.000000000000000000000000000000000m;

    /// <summary>
    /// "the 70s" (70,000 to 80,000), "low 60s" (60,000 to 63,000), "mid-80s" (83,000 to 87,000),
    /// "upper 90s" (97,000 to 100,000): a decade of thousands, as people say a salary band aloud.
    /// </summary>
    public static (decimal Low, decimal High)? Decade(List<SalaryToken> tokens)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Number is not { } n || tokens[i + 1].Text != "s" || n < 10 || n > 990 || n % 10 != 0) continue;
            var before = i > 0 && tokens[i - 1].Text == "-" ? i - 2 : i - 1;
            var (from, to) = (before >= 0 ? tokens[before].Text : "") switch
            {
                "low" or "lower" or "early" => (0, 3),
                "mid" or "middle" => (3, 7),
                "high" or "upper" or "late" => (7, 10),
                _ => (0, 10),
            };
            return ((n + from) * 1000m, (n + to) * 1000m);
        }
        return null;
    }

    /// <summary>"6 figures", "upper five figures": the figure count and the word before it, or null.</summary>
    public static (int Digits, string Part)? Figures(List<SalaryToken> tokens)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i + 1].Text is not ("figures" or "figure" or "digits")) continue;
            var digits = tokens[i].Number is { } n ? (int)n : SalaryWords.NumberWords.GetValueOrDefault(tokens[i].Text);
            if (digits is < 2 or > 9) continue;
            var part = i > 0 && tokens[i - 1].Text is "low" or "lower" or "mid" or "middle" or "high" or "upper" ? tokens[i - 1].Text : "";
            return (digits, part);
        }
        return null;
    }

    /// <summary>The value of a matched number; null past twelve digits (a phone number or an id, not pay).</summary>
    private static decimal? ParseNumber(Match m)
    {
        if (m.Groups["lakh"].Success) return decimal.Parse(m.Groups["lakh"].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
        var digits = (m.Groups["int"].Value + new string(m.Groups["grp"].Value.Where(char.IsDigit).ToArray())).TrimStart('0');
        if (digits.Length > 12) return null;
        if (digits.Length == 0) digits = "0";
        var dec = m.Groups["dec"].Value;
        return decimal.Parse(dec.Length > 0 ? $"{digits}.{dec}" : digits, CultureInfo.InvariantCulture);
    }

    // "18,00,000" is Indian grouping: 18 lakh. Otherwise a group of three digits after a separator is thousands.
    [GeneratedRegex(@"(?<lakh>\d{1,2}(?:,\d{2})+,\d{3}(?!\d))|(?<int>\d+)(?<grp>(?:[.,'\u2019\u00A0\u202F ]\d{3}(?!\d))*)(?:[.,](?<dec>\d{1,2})(?!\d))?")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"\p{L}(?:[\p{L}.]|-(?=\p{L}))*")]
    private static partial Regex WordPattern();
}
