using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.CardData;

/// <summary>
/// A card number or card code whose context says it is a loyalty, membership or voucher card's, not a payment card's, for
/// FG1001 and FG1002 (issue 18, set 23: a POS's loyalty module <c>Loyaltymate.Model.MembershipProfileViewModel { CardNumber,
/// CardCode, EarnedPoints, TierLevelId }</c>, a stored-value DTO <c>{ CardNumber, LoyaltyValue }</c>, a voucher's
/// <c>securityCode</c>). The name alone (<c>CardNumber</c>, <c>CardCode</c>) says nothing about which card it is:
/// <list type="bullet">
/// <item>the type's namespace names a loyalty or voucher scheme (<c>Loyaltymate</c>, <c>Shop.Loyalty</c>, <c>Vouchers</c>);</item>
/// <item>or a sibling names the scheme's own fields (<c>EarnedPoints</c>, <c>TierId</c>, <c>LoyaltyValue</c>,
/// <c>member_card_code</c>) and none is another field of a payment card (expiry, security code, holder, a credit card's
/// type): a member's points balance beside a card number that expires and has a CVV is a payment card kept by a shop
/// that also runs points;</item>
/// <item>or, for a security code, the type is a voucher or coupon and no sibling names a card number (a voucher's
/// <c>securityCode</c> beside its <c>expiryDate</c>).</item>
/// </list>
/// A name that says credit, debit, bank or payment card (<c>CreditCardNumber</c>) is a payment card's wherever it is.
/// Asked only for a member or parameter already classified as a PAN or a security code.
/// </summary>
internal static class LoyaltyCardContexts
{
    // Words of a loyalty scheme's own fields: points balances, tiers, membership numbers, a loyalty value.
    private static readonly HashSet<string> LoyaltySiblingWords = new HashSet<string>(StringComparer.Ordinal)
    {
        // Not "membership": a gym's Member { MembershipType, CreditCardNumber } bills a payment card.
        "points", "tier", "loyalty", "stamps",
    };

    // Names of a payment card as such (CreditCardNumber, DebitCardNo, BankCardCode): never a loyalty scheme's card.
    private static readonly string[] PaymentCardFragments = { "creditcard", "debitcard", "bankcard", "paymentcard" };

    // The qualifier of a loyalty scheme's own card named beside the number (member_card_code, LoyaltyCardNo, VipCardId).
    internal static readonly HashSet<string> LoyaltyCardQualifiers = new HashSet<string>(StringComparer.Ordinal)
    {
        "member", "membership", "loyalty", "reward", "rewards", "points", "vip", "club",
    };

    // Words of a voucher or coupon type or namespace (DTO_VoucherDetails, CouponInfo, Shop.Vouchers).
    private static readonly HashSet<string> VoucherWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "voucher", "vouchers", "coupon", "coupons",
    };

    /// <summary>True when the member (or a parameter, judged with its method's other parameters) is a loyalty or voucher card's.</summary>
    public static bool NamesLoyaltyOrVoucherCard(ISymbol symbol, CardDataKind kind)
    {
        INamedTypeSymbol? type = symbol.ContainingType;
        if (type == null || kind is not (CardDataKind.Pan or CardDataKind.SecurityCode) || NamesPaymentCard(symbol.Name))
        {
            return false;
        }

        if (IsLoyaltyOrVoucherNamespace(type.ContainingNamespace))
        {
            return true;
        }

        bool loyaltySibling = false;
        bool paymentCardSibling = false;
        bool cardNumberSibling = false;
        foreach (string sibling in SiblingNames(symbol, type))
        {
            if (string.Equals(sibling, symbol.Name, StringComparison.Ordinal))
            {
                continue;
            }

            List<string> words = IdentifierWords.Split(sibling);
            loyaltySibling |= IdentifierWords.ContainsAnyWord(words, LoyaltySiblingWords) || NamesLoyaltyCard(words);
            paymentCardSibling |= IsPaymentCardField(IdentifierWords.Normalize(sibling));
            cardNumberSibling |= CardDataNames.MayNameCardData(sibling) && CardDataNames.Classify(sibling, null, null, CardDataNameOptions.Empty) == CardDataKind.Pan;
        }

        if (loyaltySibling && !paymentCardSibling)
        {
            return true;
        }

        return kind == CardDataKind.SecurityCode && !cardNumberSibling && IdentifierWords.ContainsAnyWord(IdentifierWords.Split(type.Name), VoucherWords);
    }

    private static IEnumerable<string> SiblingNames(ISymbol symbol, INamedTypeSymbol type)
    {
        // MiscInfo(string tier_id, string card_number, string member_card_code): a constructor's parameters are the fields it fills.
        if (symbol is IParameterSymbol { ContainingSymbol: IMethodSymbol method })
        {
            foreach (IParameterSymbol parameter in method.Parameters)
            {
                yield return parameter.Name;
            }
        }

        foreach (string name in type.MemberNames)
        {
            yield return name;
        }
    }

    private static bool IsLoyaltyOrVoucherNamespace(INamespaceSymbol? ns)
    {
        for (; ns != null && !ns.IsGlobalNamespace; ns = ns.ContainingNamespace)
        {
            foreach (string word in IdentifierWords.Split(ns.Name))
            {
                // Loyaltymate, LoyaltyProgram: the loyalty word glued to the product's name is still the scheme.
                if (word.StartsWith("loyalty", StringComparison.Ordinal) || VoucherWords.Contains(word))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool NamesLoyaltyCard(List<string> words)
    {
        for (int i = 1; i < words.Count; i++)
        {
            if (words[i] == "card" && LoyaltyCardQualifiers.Contains(words[i - 1]))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool NamesPaymentCard(string name) => IdentifierWords.ContainsAnyFragment(name, PaymentCardFragments)
        || IdentifierWords.ContainsAnyFragment(IdentifierWords.Normalize(name), PaymentCardFragments);

    // Expiry, security code, holder, a credit card's type or number: the other fields of a payment card (a voucher or
    // loyalty card has no CVV or holder).
    private static bool IsPaymentCardField(string normalized)
        => NamesPaymentCard(normalized)
           || normalized.StartsWith("exp", StringComparison.Ordinal)
           || normalized.IndexOf("cvv", StringComparison.Ordinal) >= 0
           || normalized.IndexOf("cvc", StringComparison.Ordinal) >= 0
           || normalized.IndexOf("holder", StringComparison.Ordinal) >= 0
           || normalized.IndexOf("nameoncard", StringComparison.Ordinal) >= 0
           || normalized.EndsWith("securitycode", StringComparison.Ordinal);
}
