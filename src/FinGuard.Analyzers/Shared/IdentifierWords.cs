namespace FinGuard.Analyzers.Shared;

/// <summary>
/// Splits identifiers into lower-case words: <c>cardNumber</c>, <c>card_no</c>, <c>CCNum</c>, <c>PANHash</c>,
/// <c>cvv2</c>, <c>Last4</c>. Recognisers work on words, never on substrings, so <c>Panel</c> or <c>Company</c>
/// never look like <c>pan</c>.
/// </summary>
internal static class IdentifierWords
{
    // Names repeat (NameMemo): each name is split once per thread while it stays among the recent ones.
    private static readonly NameMemo<List<string>> SplitNames = new NameMemo<List<string>>(SplitUncached);
    private static readonly NameMemo<string> NormalizedNames = new NameMemo<string>(NormalizeUncached);

    /// <summary>The identifier's lower-case words. The list may be shared with other callers: read it, never change it.</summary>
    public static List<string> Split(string identifier) => SplitNames.Get(identifier)!;

    private static List<string> SplitUncached(string identifier)
    {
        var words = new List<string>(4);
        int start = -1;
        for (int i = 0; i < identifier.Length; i++)
        {
            char c = identifier[i];
            if (!char.IsLetterOrDigit(c))
            {
                Flush(identifier, ref start, i, words);
                continue;
            }

            if (start < 0)
            {
                start = i;
                continue;
            }

            char prev = identifier[i - 1];
            bool boundary =
                // camelCase: lower or digit followed by upper
                (char.IsUpper(c) && (char.IsLower(prev) || char.IsDigit(prev)))
                // acronym end: "CCNum" splits before "Num", "PANHash" before "Hash" (but "CVVnumber" keeps "CVV" whole)
                || (char.IsUpper(c) && char.IsUpper(prev) && i + 1 < identifier.Length && char.IsLower(identifier[i + 1])
                    && !IsGluedAcronym(identifier, start, i + 1))
                // a security-code acronym glued to a lower-case word: "CVVnumber" -> "cvv", "number"
                || (char.IsLower(c) && char.IsUpper(prev) && IsGluedAcronym(identifier, start, i))
                // letters followed by digits: "Last4" -> "last", "4"; but keep "cvv2"/"cid" style suffixes together
                || (char.IsDigit(c) && char.IsLetter(prev) && !IsDigitSuffixedWord(identifier, start, i))
                // a word after a digit-suffixed security code: "cvv2cvc2" (Converge ssl_cvv2cvc2) -> "cvv2", "cvc2"
                || (char.IsLetter(c) && char.IsDigit(prev) && i - start == 4 && IsDigitSuffixedWord(identifier, start, i - 1));
            if (boundary)
            {
                Flush(identifier, ref start, i, words);
                start = i;
            }
        }

        Flush(identifier, ref start, identifier.Length, words);
        return words;
    }

    /// <summary>Joins an identifier's letters and digits, lower-cased: <c>Card_No</c> → <c>cardno</c>.</summary>
    public static string Normalize(string identifier) => NormalizedNames.Get(identifier)!;

    private static string NormalizeUncached(string identifier)
    {
        var chars = new char[identifier.Length];
        int n = 0;
        foreach (char c in identifier)
        {
            if (char.IsLetterOrDigit(c))
            {
                chars[n++] = char.ToLowerInvariant(c);
            }
        }

        return new string(chars, 0, n);
    }

    /// <summary>
    /// Whether <paramref name="identifier"/> contains any of <paramref name="fragments"/>, case-insensitively, without
    /// allocating: the recognisers' cheap first test that rules out the many unrelated names before splitting.
    /// </summary>
    public static bool ContainsAnyFragment(string identifier, string[] fragments)
    {
        foreach (string fragment in fragments)
        {
            if (identifier.IndexOf(fragment, System.StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether any of a name's split <paramref name="words"/> is in <paramref name="set"/> (whole words).</summary>
    public static bool ContainsAnyWord(List<string> words, HashSet<string> set)
    {
        foreach (string word in words)
        {
            if (set.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    // "CVV" in "CVVnumber", "CVCcode": an upper-case security-code acronym (start..end) followed by a lower-case word,
    // which the acronym-end rule would otherwise cut as "cv" + "vnumber".
    private static bool IsGluedAcronym(string identifier, int start, int end)
    {
        if (end - start != 3 || end >= identifier.Length || !char.IsLower(identifier[end]))
        {
            return false;
        }

        char first = identifier[start];
        char second = identifier[start + 1];
        char third = identifier[start + 2];
        if (first != 'C' || second != 'V' || (third != 'V' && third != 'C' && third != 'N' && third != 'D'))
        {
            return false;
        }

        // Only before a whole word that follows a security code (CVVnumber, CVCcode, CVVs): "CV" for a résumé before
        // another word stays "cv" + word (CVDescription, CVCategory, CVNumber are not cvd, cvc, cvn).
        int tailEnd = end;
        while (tailEnd < identifier.Length && char.IsLower(identifier[tailEnd]))
        {
            tailEnd++;
        }

        foreach (string word in GluedAcronymTails)
        {
            if (word.Length == tailEnd - end && string.CompareOrdinal(identifier, end, word, 0, word.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] GluedAcronymTails = { "number", "num", "no", "nr", "code", "value", "val", "s" };

    // Words whose digit is part of the name: cvv2, cvc2, cav2, cid2, iso8583.
    private static bool IsDigitSuffixedWord(string identifier, int start, int digitIndex)
    {
        int length = digitIndex - start;
        if (length != 3)
        {
            return false;
        }

        string letters = identifier.Substring(start, length).ToLowerInvariant();
        return letters == "cvv" || letters == "cvc" || letters == "cav" || letters == "cid";
    }

    private static void Flush(string identifier, ref int start, int end, List<string> words)
    {
        if (start >= 0 && end > start)
        {
            words.Add(identifier.Substring(start, end - start).ToLowerInvariant());
        }

        start = -1;
    }
}
