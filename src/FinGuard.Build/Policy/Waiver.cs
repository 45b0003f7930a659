using System.Globalization;

namespace FinGuard.Build.Policy;

/// <summary>
/// A justified, owned, expiring exception: findings of <see cref="Rule"/> in files matching <see cref="Path"/>
/// and/or inside <see cref="Symbol"/> are waived (reported, not blocking) until the end of <see cref="Expires"/>.
/// </summary>
internal sealed class Waiver
{
    public Waiver(RulePattern rule, Glob? path, string? symbol, string justification, string? owner, DateTime expires, int line, int column)
    {
        Rule = rule;
        Path = path;
        Symbol = symbol;
        Justification = justification;
        Owner = owner;
        Expires = expires;
        Line = line;
        Column = column;
    }

    public RulePattern Rule { get; }

    public Glob? Path { get; }

    /// <summary>A fully qualified symbol ("App.Legacy.Importer" waives the type and its members); a trailing ".*" is allowed.</summary>
    public string? Symbol { get; }

    public string Justification { get; }

    public string? Owner { get; }

    /// <summary>The last day (UTC) the waiver applies.</summary>
    public DateTime Expires { get; }

    public int Line { get; }

    public int Column { get; }

    /// <summary>How many findings this waiver matched in this build (expired waivers count too).</summary>
    public int Matched { get; set; }

    public string ExpiresText => Expires.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public bool IsExpired(DateTime today) => today.Date > Expires.Date;

    public string Describe()
        => Rule.Text + (Path != null ? " in " + Path.Pattern : string.Empty) + (Symbol != null ? " on " + Symbol : string.Empty);

    public bool Matches(string ruleId, string? relativePath, string? symbol)
    {
        if (!Rule.Matches(ruleId))
        {
            return false;
        }

        if (Path != null && (relativePath == null || !Path.IsMatch(relativePath)))
        {
            return false;
        }

        if (Symbol != null)
        {
            if (symbol == null)
            {
                return false;
            }

            string wanted = Symbol.EndsWith(".*", StringComparison.Ordinal) ? Symbol.Substring(0, Symbol.Length - 2) : Symbol;
            return string.Equals(symbol, wanted, StringComparison.Ordinal)
                   || (symbol.Length > wanted.Length && symbol.StartsWith(wanted, StringComparison.Ordinal) && symbol[wanted.Length] == '.');
        }

        return true;
    }
}
