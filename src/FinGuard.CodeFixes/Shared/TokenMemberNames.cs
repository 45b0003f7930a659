using System.Text;
using FinGuard.Analyzers.Shared;

namespace FinGuard.CodeFixes.Shared;

/// <summary>
/// Suggests the token member that replaces a PAN member, keeping the identifier's style:
/// <c>CardNumber</c> → <c>CardToken</c>, <c>_creditCardNumber</c> → <c>_creditCardToken</c>,
/// <c>pan</c> → <c>cardToken</c>, <c>card_no</c> → <c>card_token</c>, <c>CARD_NUMBER</c> → <c>CARD_TOKEN</c>.
/// </summary>
internal static class TokenMemberNames
{
    private static readonly HashSet<string> NumberWords = new HashSet<string> { "number", "num", "no", "nbr", "nr", "digits" };

    private static readonly Dictionary<string, string[]> SingleWordPans = new Dictionary<string, string[]>
    {
        ["pan"] = new[] { "card", "token" },
        ["ccn"] = new[] { "card", "token" },
        ["ccnum"] = new[] { "card", "token" },
        ["ccnumber"] = new[] { "card", "token" },
        ["ccno"] = new[] { "card", "token" },
        ["cardnumber"] = new[] { "card", "token" },
        ["cardnum"] = new[] { "card", "token" },
        ["cardno"] = new[] { "card", "token" },
        ["cardnbr"] = new[] { "card", "token" },
        ["creditcardnumber"] = new[] { "credit", "card", "token" },
        ["creditcardno"] = new[] { "credit", "card", "token" },
        ["creditcardnum"] = new[] { "credit", "card", "token" },
        ["debitcardnumber"] = new[] { "debit", "card", "token" },
        ["paymentcardnumber"] = new[] { "payment", "card", "token" },
    };

    /// <summary>The token member's name, or null when the name has no recognisable PAN phrase to replace.</summary>
    public static string? Suggest(string name)
    {
        string prefix = LeadingPrefix(name);
        string body = name.Substring(prefix.Length);
        if (body.Length == 0)
        {
            return null;
        }

        List<string> words = IdentifierWords.Split(body);
        List<string>? replaced = ReplacePanPhrase(words);
        if (replaced == null)
        {
            return null;
        }

        bool snake = body.IndexOf('_') > 0;
        bool upper = snake && body.ToUpperInvariant() == body;
        bool camel = char.IsLower(body[0]);
        var result = new StringBuilder(prefix);
        for (int i = 0; i < replaced.Count; i++)
        {
            string word = replaced[i];
            if (snake)
            {
                if (i > 0)
                {
                    result.Append('_');
                }

                result.Append(upper ? word.ToUpperInvariant() : word);
            }
            else if (i == 0 && camel)
            {
                result.Append(word);
            }
            else
            {
                result.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
            }
        }

        return result.ToString();
    }

    private static List<string>? ReplacePanPhrase(List<string> words)
    {
        for (int i = 0; i < words.Count; i++)
        {
            string word = words[i];
            int end;
            string[] replacement;
            if (SingleWordPans.TryGetValue(word, out string[]? single))
            {
                replacement = single;
                end = i + 1;
                if (end < words.Count && NumberWords.Contains(words[end]))
                {
                    end++; // "PanNumber" → "CardToken"
                }
            }
            else if ((word == "card" || word == "cc") && i + 1 < words.Count && NumberWords.Contains(words[i + 1]))
            {
                replacement = new[] { "card", "token" };
                end = i + 2;
            }
            else if ((word == "credit" || word == "debit") && i + 2 == words.Count && words[i + 1] == "card")
            {
                replacement = new[] { word, "card", "token" };
                end = i + 2;
            }
            else if (word == "primary" && i + 2 < words.Count && words[i + 1] == "account" && NumberWords.Contains(words[i + 2]))
            {
                replacement = new[] { "card", "token" };
                end = i + 3;
            }
            else if (words.Count == 1 && NumberWords.Contains(word))
            {
                // Card.Number → Card.Token
                replacement = new[] { "token" };
                end = 1;
            }
            else
            {
                continue;
            }

            var result = new List<string>(words.Count + 1);
            result.AddRange(words.GetRange(0, i));
            result.AddRange(replacement);
            result.AddRange(words.GetRange(end, words.Count - end));
            return result;
        }

        return null;
    }

    private static string LeadingPrefix(string name)
    {
        if (name.StartsWith("m_", System.StringComparison.Ordinal) || name.StartsWith("s_", System.StringComparison.Ordinal))
        {
            return name.Substring(0, 2);
        }

        int i = 0;
        while (i < name.Length && (name[i] == '_' || name[i] == '@'))
        {
            i++;
        }

        return name.Substring(0, i);
    }
}
