using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.CardData;

/// <summary>
/// Reads the XML doc comment (<c>///</c>) of a field or property that is already named like a card number and says
/// whether the doc describes something else: the number of a card that is not a payment card (membership, loyalty,
/// gift, transit, campus cards: <c>/// 会员卡号</c>, <c>/// 交通卡号</c>, <c>/// 一卡通卡号</c>, <c>/// The member's loyalty
/// card number</c>), an account (<c>/// 商户支付宝账户</c>, <c>/// 银行账号</c>, <c>/// bank account number</c>), or a masked
/// form (<c>/// 信用卡卡号，显示前6后2</c>, <c>/// masked card number, first six and last four</c>). Generated SDK models
/// (Alipay, UnionPay and the like) name all of these <c>card_no</c>; their docs tell them apart. A doc that also names a
/// payment card (credit, debit, bank card; 信用卡, 借记卡, 银行卡) keeps the member a PAN unless it says the value is
/// masked. Only read for members whose name matched (a look at the declaration's leading trivia).
/// </summary>
internal static class CardNumberDocComments
{
    public static bool DescribeNonPan(ISymbol member)
    {
        string? doc = DocText(member);
        return doc != null && DescribesNonPan(doc);
    }

    /// <summary>
    /// Fortis, NMI and similar wire models name the card number <c>account_number</c> and say so in the doc (<c>/// For CC
    /// transactions, a credit card number. For ACH transactions, a bank account number.</c>): an account-number member whose
    /// doc calls it a card number holds a PAN. When the doc names a bank account too, the declaring type decides (a card
    /// type such as <c>CcSaleKeyedRequest</c> yes, <c>AchDebitKeyedRequest</c> no). Only read for members named like an
    /// account number.
    /// </summary>
    public static bool DescribeAccountNumberAsPan(ISymbol member)
    {
        // Runs for every field and property not named like card data: two substring tests before any allocation.
        if (member.Name.IndexOf("acc", StringComparison.OrdinalIgnoreCase) < 0 || member.Name.IndexOf("n", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return false;
        }

        List<string> name = IdentifierWords.Split(member.Name);
        bool accountNumber = false;
        for (int i = 0; i + 1 < name.Count; i++)
        {
            accountNumber |= (name[i] == "account" || name[i] == "acct" || name[i] == "acc") && (name[i + 1] == "number" || name[i + 1] == "no" || name[i + 1] == "num");
        }

        string? doc = accountNumber ? DocText(member) : null;
        if (doc == null)
        {
            return false;
        }

        // 充值卡号（后四位）: a masked or non-payment card's number is no PAN either. 资金账号。可以是支付宝主卡账号，银行卡号:
        // an account that may also be a card is left alone.
        List<string> words = Words(doc);
        if (IsMasked(doc, words)
            || !(NamesPaymentCardNumber(words) || (doc.IndexOf("卡号", StringComparison.Ordinal) >= 0 && !ContainsAny(doc, AccountPhrases) && !ContainsAny(doc, NonPaymentCardPhrases))))
        {
            return false;
        }

        bool alsoBankAccount = doc.IndexOf("银行账", StringComparison.Ordinal) >= 0;
        for (int i = 0; i + 1 < words.Count; i++)
        {
            alsoBankAccount |= (words[i] == "bank" && words[i + 1] == "account") || words[i] == "ach";
        }

        return !alsoBankAccount || (member.ContainingType != null && NamesCardTransactionType(member.ContainingType.Name));
    }

    // "credit card number", "card number", "debit card number".
    private static bool NamesPaymentCardNumber(List<string> words)
    {
        for (int i = 0; i + 1 < words.Count; i++)
        {
            if (words[i] == "card" && (words[i + 1] == "number" || words[i + 1] == "no") && !(i > 0 && CardDataNames.IsNonPaymentCardQualifier(words[i - 1])))
            {
                return true;
            }
        }

        return false;
    }

    // CcSaleKeyedRequest, CardAuthRequest, CreditCardRefund: a type about a card transaction, not an ACH one.
    private static bool NamesCardTransactionType(string typeName)
    {
        bool card = false;
        foreach (string word in IdentifierWords.Split(typeName))
        {
            if (word == "ach" || word == "bank" || word == "echeck" || word == "check")
            {
                return false;
            }

            card |= word == "cc" || word == "card" || word == "creditcard" || word == "credit" || word == "debit";
        }

        return card;
    }

    /// <summary>The text of the member's <c>///</c> comment lines, or null when it has none.</summary>
    private static string? DocText(ISymbol member)
    {
        ImmutableArray<SyntaxReference> references = member.DeclaringSyntaxReferences;
        if (references.Length == 0)
        {
            return null;
        }

        SyntaxNode node = references[0].GetSyntax();
        if (node is VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax field })
        {
            node = field;
        }
        else if (node is not MemberDeclarationSyntax)
        {
            return null;
        }

        System.Text.StringBuilder? text = null;
        foreach (SyntaxTrivia trivia in node.GetLeadingTrivia())
        {
            switch (trivia.Kind())
            {
                // A build without /doc (DocumentationMode.None) lexes '///' lines as ordinary comments.
                case SyntaxKind.SingleLineCommentTrivia:
                    string line = trivia.ToString();
                    if (line.StartsWith("///", StringComparison.Ordinal))
                    {
                        (text ??= new System.Text.StringBuilder()).Append(line, 3, line.Length - 3).Append(' ');
                    }

                    break;
                case SyntaxKind.SingleLineDocumentationCommentTrivia:
                case SyntaxKind.MultiLineDocumentationCommentTrivia:
                    (text ??= new System.Text.StringBuilder()).Append(trivia.ToFullString()).Append(' ');
                    break;
            }
        }

        return text?.ToString();
    }

    // Chinese SDK docs: the kind of card or the account the number belongs to.
    private static readonly string[] NonPaymentCardPhrases =
    {
        "会员", "一卡通", "交通卡", "公交卡", "地铁卡", "校园卡", "学生卡", "积分", "礼品卡", "购物卡", "储值卡", "充值卡",
        "门禁卡", "社保卡", "医保卡", "就诊卡", "身份证", "别名",
    };

    private static readonly string[] AccountPhrases = { "账号", "账户", "帐号", "帐户" };

    private static readonly string[] PaymentCardPhrases = { "信用卡", "借记卡", "银行卡", "储蓄卡", "贷记卡" };

    // Russian маскированный/замаскированный (Tinkoff's "Замаскированный номер карты"), any case of its first letter.
    private static readonly string[] MaskedPhrases = { "脱敏", "掩码", "前6", "前六", "后4", "后四", "аскирован" };

    private static readonly string[] FullValuePhrases = { "完整", "明文" };

    // English words that name a card that is not a payment card wherever they appear in the doc.
    private static readonly HashSet<string> NonPaymentWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "loyalty", "membership", "giftcard", "transit", "campus", "library", "alias", "nickname",
    };

    private static readonly HashSet<string> MaskedWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "masked", "truncated", "redacted", "obfuscated",
        // Spanish, Portuguese and German SDK docs: número enmascarado, número mascarado, maskierte Kartennummer.
        "enmascarado", "enmascarada", "mascarado", "mascarada", "maskiert", "maskierte", "maskierter",
    };

    private static readonly HashSet<string> FullValueWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "full", "complete", "entire", "unmasked", "clear", "plain", "raw",
    };

    internal static bool DescribesNonPan(string doc)
    {
        List<string> words = Words(doc);
        if (IsMasked(doc, words))
        {
            return true;
        }

        if (ContainsAny(doc, PaymentCardPhrases) || NamesPaymentCard(words))
        {
            return false;
        }

        return ContainsAny(doc, NonPaymentCardPhrases) || ContainsAny(doc, AccountPhrases)
            || IdentifierWords.ContainsAnyWord(words, NonPaymentWords) || NamesNonPaymentCard(words) || NamesAccount(words);
    }

    // "masked", "truncated", "last four", 显示前6后2, 后四位, unless the doc also says the full or clear value.
    private static bool IsMasked(string doc, List<string> words)
        => (ContainsAny(doc, MaskedPhrases) || IdentifierWords.ContainsAnyWord(words, MaskedWords) || HasTruncationPhrase(words))
           && !ContainsAny(doc, FullValuePhrases) && !IdentifierWords.ContainsAnyWord(words, FullValueWords);

    // "credit card", "debit card", "payment card", "bank card", "primary account number", "pan".
    private static bool NamesPaymentCard(List<string> words)
    {
        for (int i = 0; i < words.Count; i++)
        {
            string word = words[i];
            if (word == "pan" || word == "creditcard" || word == "debitcard"
                || ((word == "credit" || word == "debit" || word == "payment" || word == "bank") && i + 1 < words.Count && words[i + 1] == "card")
                || (word == "primary" && i + 1 < words.Count && words[i + 1] == "account"))
            {
                return true;
            }
        }

        return false;
    }

    // "gift card", "member card", "student card": a qualifier the card-number names use, right before "card".
    private static bool NamesNonPaymentCard(List<string> words)
    {
        for (int i = 1; i < words.Count; i++)
        {
            if ((words[i] == "card" || words[i] == "cards") && CardDataNames.IsNonPaymentCardQualifier(words[i - 1]))
            {
                return true;
            }
        }

        return false;
    }

    // "account number", "account no", "account id", "iban": an account, not a card (a "card account number" is the card's).
    private static bool NamesAccount(List<string> words)
    {
        for (int i = 0; i < words.Count; i++)
        {
            if (words[i] == "iban")
            {
                return true;
            }

            if (words[i] == "account" && i + 1 < words.Count && (words[i + 1] == "number" || words[i + 1] == "no" || words[i + 1] == "id")
                && !(i > 0 && (words[i - 1] == "card" || words[i - 1] == "primary")))
            {
                return true;
            }
        }

        return false;
    }

    // "last four", "last 4 digits", "first six".
    private static bool HasTruncationPhrase(List<string> words)
    {
        for (int i = 0; i + 1 < words.Count; i++)
        {
            string next = words[i + 1];
            if ((words[i] == "last" && (next == "4" || next == "four")) || (words[i] == "first" && (next == "6" || next == "six")))
            {
                return true;
            }
        }

        return false;
    }

    // Lower-case runs of ASCII letters and of digits ("last4" -> "last", "4"); everything else separates.
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        int start = -1;
        bool digits = false;
        for (int i = 0; i <= text.Length; i++)
        {
            char c = i < text.Length ? text[i] : ' ';
            bool letter = c < 128 && char.IsLetter(c);
            bool digit = c < 128 && char.IsDigit(c);
            if (start >= 0 && ((!letter && !digit) || (digit != digits)))
            {
                words.Add(text.Substring(start, i - start).ToLowerInvariant());
                start = -1;
            }

            if (start < 0 && (letter || digit))
            {
                start = i;
                digits = digit;
            }
        }

        return words;
    }

    private static bool ContainsAny(string text, string[] phrases)
    {
        foreach (string phrase in phrases)
        {
            if (text.IndexOf(phrase, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

}
