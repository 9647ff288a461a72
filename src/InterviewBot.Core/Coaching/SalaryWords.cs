namespace InterviewBot.Core.Coaching;

/// <summary>Currencies, multipliers, periods and number words the salary coach understands.</summary>
internal static class SalaryWords
{
    /// <summary>Symbols and prefixes, longest first so that "A$" wins over "$".</summary>
    public static readonly (string Symbol, string Code)[] Symbols =
    [
        ("us$", "USD"), ("au$", "AUD"), ("a$", "AUD"), ("ca$", "CAD"), ("c$", "CAD"), ("nz$", "NZD"), ("hk$", "HKD"),
        ("s$", "SGD"), ("r$", "BRL"), ("$", "USD"), ("\u20AC", "EUR"), ("\u00A3", "GBP"), ("\u20B9", "INR"), ("\u00A5", "JPY"),
        ("\u20BD", "RUB"), ("\u20BA", "TRY"), ("\u20A9", "KRW"), ("\u20B4", "UAH"), ("\u20AA", "ILS"), ("z\u0142", "PLN"),
    ];

    public static readonly Dictionary<string, string> CurrencyWords = new(StringComparer.Ordinal)
    {
        ["usd"] = "USD", ["dollar"] = "USD", ["dollars"] = "USD", ["bucks"] = "USD", ["eur"] = "EUR", ["euro"] = "EUR",
        ["euros"] = "EUR", ["gbp"] = "GBP", ["pound"] = "GBP", ["pounds"] = "GBP", ["quid"] = "GBP", ["sterling"] = "GBP",
        ["chf"] = "CHF", ["franc"] = "CHF", ["francs"] = "CHF", ["fr"] = "CHF", ["pln"] = "PLN", ["zl"] = "PLN",
        ["zloty"] = "PLN", ["z\u0142oty"] = "PLN", ["zlotys"] = "PLN", ["inr"] = "INR", ["rupee"] = "INR", ["rupees"] = "INR",
        ["rs"] = "INR", ["jpy"] = "JPY", ["yen"] = "JPY", ["cny"] = "CNY", ["rmb"] = "CNY", ["yuan"] = "CNY", ["sek"] = "SEK",
        ["nok"] = "NOK", ["dkk"] = "DKK", ["cad"] = "CAD", ["aud"] = "AUD", ["nzd"] = "NZD", ["sgd"] = "SGD", ["hkd"] = "HKD",
        ["brl"] = "BRL", ["mxn"] = "MXN", ["zar"] = "ZAR", ["czk"] = "CZK", ["huf"] = "HUF", ["ron"] = "RON", ["uah"] = "UAH",
        ["ils"] = "ILS", ["aed"] = "AED", ["rub"] = "RUB", ["krw"] = "KRW", ["bgn"] = "BGN",
    };

    public static readonly Dictionary<string, decimal> Multipliers = new(StringComparer.Ordinal)
    {
        ["k"] = 1_000m, ["thousand"] = 1_000m, ["thousands"] = 1_000m, ["grand"] = 1_000m, ["thou"] = 1_000m, ["tsd"] = 1_000m, ["tys"] = 1_000m,
        ["m"] = 1_000_000m, ["mm"] = 1_000_000m, ["mio"] = 1_000_000m, ["mil"] = 1_000_000m, ["million"] = 1_000_000m,
        ["millions"] = 1_000_000m, ["mn"] = 1_000_000m, ["lakh"] = 100_000m, ["lakhs"] = 100_000m, ["lac"] = 100_000m,
        ["lacs"] = 100_000m, ["lpa"] = 100_000m, ["crore"] = 10_000_000m, ["crores"] = 10_000_000m, ["cr"] = 10_000_000m,
    };

    /// <summary>Phrases that give the period, as lower-case words (a slash is the word "/").</summary>
    public static readonly (string Phrase, string Period)[] Periods =
    [
        ("per annum", "year"), ("per anum", "year"), ("per year", "year"), ("a year", "year"), ("per yr", "year"), ("a yr", "year"),
        ("/ year", "year"), ("/ yr", "year"), ("/ y", "year"), ("/ a", "year"), ("p.a.", "year"), ("p.a", "year"), ("pa", "year"),
        ("annually", "year"), ("yearly", "year"), ("annual", "year"), ("lpa", "year"), ("ctc", "year"),
        ("per month", "month"), ("a month", "month"), ("/ month", "month"), ("/ mo", "month"), ("/ m", "month"), ("monthly", "month"),
        ("p.m.", "month"), ("pm", "month"), ("per hour", "hour"), ("an hour", "hour"), ("/ hour", "hour"), ("/ hr", "hour"),
        ("/ h", "hour"), ("hourly", "hour"), ("p.h.", "hour"), ("per day", "day"), ("a day", "day"), ("/ day", "day"), ("/ d", "day"),
        ("daily", "day"), ("day rate", "day"), ("per week", "week"), ("a week", "week"), ("/ week", "week"), ("/ wk", "week"), ("weekly", "week"),
    ];

    public static readonly Dictionary<string, int> NumberWords = new(StringComparer.Ordinal)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    /// <summary>Words after a number that make it something other than money: "5 years", "2 weeks".</summary>
    public static readonly HashSet<string> NotMoney =
    [
        "year", "years", "yrs", "yr", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "hrs", "%", "percent",
        "people", "employees", "engineers", "person", "times", "interviews", "offers", "rounds", "reports", "x",
        "s", "figures", "figure", "digits",
    ];

    public static readonly string[] Hedges = ["maybe", "perhaps", "probably", "something like", "give or take", "approximately", "approx", "around", "about", "roughly", "circa", "ca", "~", "ish", "-ish", "or so"];
    public static readonly string[] Floors = ["no less than", "not less than", "at least", "minimum", "min", "+", "or more", "or above", "and up", "and above", "upwards", "from"];
    public static readonly string[] Ceilings = ["no more than", "at most", "up to", "max", "maximum"];
    /// <summary>Words between two figures that make them the two ends of one range: "90k, maybe 95k" is a range too.</summary>
    public static readonly HashSet<string> Connectors = ["-", "/", "to", "and", "or", "till", "until", "through", "thru", "up", ",", "maybe", "perhaps", "possibly", "even"];

    /// <summary>Words that tell the figure can move; said anywhere in the answer, they weaken it.</summary>
    public static readonly HashSet<string> Flexible = ["flexible", "negotiable", "flex"];

    /// <summary>Words that restate a figure another way ("72k, that is 6k a month"): the first one stands.</summary>
    public static readonly string[] Restating = ["that is", "that s", "i.e.", "ie", "which is", "so about", "or about"];

    public static readonly string[] Gross = ["gross", "brutto", "before tax", "before taxes", "pre tax", "pretax", "ctc"];
    public static readonly string[] Net = ["net", "netto", "after tax", "after taxes", "take home", "in hand"];
    public static readonly HashSet<string> Current = ["currently", "current", "now", "make", "making", "earn", "earning", "paid", "on", "today", "get", "getting"];
    public static readonly HashSet<string> Wanted = ["want", "wants", "wanted", "looking", "expect", "expects", "expected", "expecting", "asks", "requires", "needs", "expectation", "expectations", "aiming", "target", "ask", "asking", "hoping", "like", "need", "seeking"];
}
