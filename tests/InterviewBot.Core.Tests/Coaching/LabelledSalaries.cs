using System.Globalization;

namespace InterviewBot.Core.Tests.Coaching;

/// <summary>One line of Data/salaries*.tsv: range|single|none, the amounts, the currency, the answer.</summary>
public sealed record LabelledSalary(string Label, IReadOnlyList<decimal> Amounts, string? Currency, string Answer)
{
    public static IReadOnlyList<LabelledSalary> Load(string file) =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Coaching", "Data", file))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(Parse)
            .ToList();

    private static LabelledSalary Parse(string line)
    {
        var parts = line.Split('\t');
        if (parts.Length != 4 || parts[0] is not ("range" or "single" or "none"))
            throw new FormatException($"Expected range|single|none<TAB>amounts<TAB>currency<TAB>answer: {line}");
        var amounts = parts[1] == "-" ? [] : parts[1].Split(',').Select(a => decimal.Parse(a, CultureInfo.InvariantCulture)).ToList();
        return new LabelledSalary(parts[0], amounts, parts[2] == "-" ? null : parts[2], parts[3]);
    }
}
