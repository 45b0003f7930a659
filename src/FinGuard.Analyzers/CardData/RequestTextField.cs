using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.CardData;

/// <summary>
/// The field a value written into hand-built request text follows: an XML element (<c>&lt;ccno&gt;</c> + pan), an XML
/// attribute (<c>&lt;Card number="</c> + pan) or a query or form parameter (<c>?cardNumber=</c> + pan, <c>&amp;cv2=</c> + cvv).
/// Text only: which values count is the caller's (HandBuiltRequests).
/// </summary>
internal static class RequestTextField
{
    /// <summary>
    /// The field that the text before a value ends with. A parameter must start the text or follow '?' or '&amp;' (SQL's
    /// <c>SET cvv=</c> and a log line's <c>card=</c> after a space are not query text); an attribute must sit inside an open tag.
    /// </summary>
    public static bool Before(string text, bool atStart, out string field, out bool isElement)
    {
        field = string.Empty;
        isElement = false;
        int end = text.Length;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end == 0)
        {
            return false;
        }

        char last = text[end - 1];
        if (last == '>')
        {
            int open = text.LastIndexOf('<', end - 1);
            if (open < 0 || open + 1 >= end - 1 || !IsNameStart(text[open + 1]))
            {
                return false;
            }

            int nameEnd = open + 1;
            while (nameEnd < end - 1 && IsNameChar(text[nameEnd]))
            {
                nameEnd++;
            }

            if (nameEnd < end - 1 && !char.IsWhiteSpace(text[nameEnd]) && text[nameEnd] != '/')
            {
                return false;
            }

            field = LocalName(text.Substring(open + 1, nameEnd - open - 1));
            isElement = true;
            return field.Length > 0;
        }

        bool quoted = last is '"' or '\'';
        int equals = quoted ? end - 2 : end - 1;
        if (equals < 1 || text[equals] != '=')
        {
            return false;
        }

        int start = equals;
        while (start > 0 && IsNameChar(text[start - 1]))
        {
            start--;
        }

        if (start == equals)
        {
            return false;
        }

        if (quoted)
        {
            // <Card number="...": an attribute of an open tag.
            if (start == 0 || !char.IsWhiteSpace(text[start - 1]))
            {
                return false;
            }

            int tag = text.LastIndexOf('<', start);
            int close = tag < 0 ? -1 : text.IndexOf('>', tag);
            if (tag < 0 || (close >= 0 && close < start))
            {
                return false;
            }
        }
        else if (!(start == 0 ? atStart : text[start - 1] is '?' or '&'))
        {
            return false;
        }

        field = LocalName(text.Substring(start, equals - start));
        return field.Length > 0;
    }

    /// <summary>
    /// Banks' own short names for the security code that the shared name test leaves alone elsewhere: <c>cv2</c> (the
    /// Asseco/EST 3-D Secure form field; elsewhere OpenCV's name). Only for fields of a request built by hand.
    /// </summary>
    public static bool IsBankSecurityCodeField(string name) => string.Equals(name, "cv2", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A field named for the card's issuer prefix, the BIN or IIN (<c>&lt;BIN&gt;</c>, <c>cardBin</c>, <c>bin_number</c>): a BIN
    /// look-up sends the first six to eight digits, which PCI DSS lets be shown and kept, whatever the sent value is named
    /// (issue 18, set 24: <c>"&lt;BIN&gt;" + cardCode</c> to a BIN service).
    /// </summary>
    public static bool NamesIssuerPrefix(string name)
    {
        if (name.IndexOf("bin", StringComparison.OrdinalIgnoreCase) < 0 && name.IndexOf("iin", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return false;
        }

        foreach (string word in IdentifierWords.Split(name))
        {
            if (word is "bin" or "iin" or "bins" or "cardbin")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the value follows the <c>value</c> attribute of an open <c>&lt;input type="hidden"</c> tag:
    /// <c>&lt;input type="hidden" name="cardcvv2" value="</c> + cvv, a field of a form the page submits on to a bank.
    /// </summary>
    public static bool IsHiddenInputValue(string before, string field)
    {
        if (!string.Equals(field, "value", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        int open = before.LastIndexOf('<');
        if (open < 0 || before.IndexOf('>', open) >= 0 || string.Compare(before, open + 1, "input", 0, 5, StringComparison.OrdinalIgnoreCase) != 0)
        {
            return false;
        }

        string tag = before.Substring(open).Replace("'", "\"").Replace(" ", string.Empty);
        return tag.IndexOf("type=\"hidden\"", StringComparison.OrdinalIgnoreCase) >= 0;
    }

    /// <summary>Elements of a page's markup: a value written into them is shown, not sent.</summary>
    public static bool IsHtmlElement(string name) => name.ToLowerInvariant() is "td" or "th" or "tr" or "li" or "p" or "span" or "div" or "b" or "i" or "strong" or "em" or "label" or "h1" or "h2" or "h3" or "h4" or "small" or "option" or "pre" or "code" or "a";

    private static string LocalName(string name)
    {
        int colon = name.LastIndexOf(':');
        return colon < 0 ? name : name.Substring(colon + 1);
    }

    private static bool IsNameStart(char c) => char.IsLetter(c) || c == '_';

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '-' or '.' or ':';
}
