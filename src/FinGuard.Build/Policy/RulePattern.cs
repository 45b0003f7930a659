namespace FinGuard.Build.Policy;

/// <summary>A rule selector in a policy: a rule ID ("FG1001", "NU1903"), a family ("FG1") or "*".</summary>
internal sealed class RulePattern
{
    private RulePattern(string text, int specificity)
    {
        Text = text;
        Specificity = specificity;
    }

    public string Text { get; }

    /// <summary>2 for an exact ID, 1 for a family, 0 for "*": the most specific match wins.</summary>
    public int Specificity { get; }

    public bool Matches(string ruleId)
        => Specificity == 0
           || (Specificity == 2 ? string.Equals(ruleId, Text, StringComparison.Ordinal) : ruleId.StartsWith(Text, StringComparison.Ordinal) && ruleId.Length == Text.Length + 3);

    public static RulePattern? TryParse(string text)
    {
        if (text == "*")
        {
            return new RulePattern(text, 0);
        }

        if (text.Length == 3 && text[0] == 'F' && text[1] == 'G' && text[2] >= '1' && text[2] <= '8')
        {
            return new RulePattern(text, 1);
        }

        // "FG1*" is the same family as "FG1" (the spelling people use for "every FG1 rule").
        if (text.Length == 4 && text[3] == '*' && TryParse(text.Substring(0, 3)) is RulePattern family)
        {
            return family;
        }

        if (text.Length == 6 && text.StartsWith("FG", StringComparison.Ordinal) && text[2] >= '1' && text[2] <= '8' && AllDigits(text, 3) && text.Substring(3) != "000")
        {
            return new RulePattern(text, 2);
        }

        if (text == "NU1901" || text == "NU1902" || text == "NU1903" || text == "NU1904")
        {
            return new RulePattern(text, 2);
        }

        return null;
    }

    public const string Expected = "expected a FinGuard rule ID such as \"FG1001\", a family such as \"FG1\", a NuGet audit code NU1901-NU1904, or \"*\"";

    private static bool AllDigits(string text, int start)
    {
        for (int i = start; i < text.Length; i++)
        {
            if (text[i] < '0' || text[i] > '9')
            {
                return false;
            }
        }

        return true;
    }

    public override string ToString() => Text;
}
