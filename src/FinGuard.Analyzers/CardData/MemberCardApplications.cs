using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.CardData;

/// <summary>
/// An application that runs its own VIP or member cards and handles no payment card, for FG1001 (issue 18, set 24: a
/// shop's RFID VIP card manager whose <c>Consume(string CardNum, uint amount)</c>, <c>TopIn(string CardNum, ...)</c>,
/// <c>ReportLoss(string CardNum, VipInfo vip)</c> and <c>BuyFz.Cardnum</c> all mean the shop's member card). The bare card
/// number (<c>CardNum</c>, <c>CardNo</c>, <c>CardNumber</c>: <see cref="CardDataNames.NamesBareCardNumber"/>) says nothing
/// about which card; the compilation does, judged once per compilation:
/// <list type="bullet">
/// <item>one of its types is named for VIP members or a member card (<c>VipInfo</c>, <c>Viper</c>, <c>MemberCard</c>,
/// <c>ClubCardService</c>, <c>LoyaltyCardDto</c>);</item>
/// <item>and none of its types has a member of a payment card: a security code, a PIN block or track, a card holder,
/// a name on the card, or a card named credit, debit, bank or payment card.</item>
/// </list>
/// A shop that also takes payment cards names their security code or holder somewhere, and then every bare card number is
/// judged on its own as before; a name that says credit or debit card is a payment card's wherever it is.
/// </summary>
internal static class MemberCardApplications
{
    /// <summary>True when the bare card number <paramref name="name"/> is, in this compilation, a member card's (see the type's summary).</summary>
    public static bool NamesMemberCard(string name, Lazy<bool> runsMemberCardsOnly)
        => CardDataNames.NamesBareCardNumber(IdentifierWords.Split(name)) && runsMemberCardsOnly.Value;

    /// <summary>Scans the compilation's own types once (see the type's summary). Call lazily, only for a bare card number.</summary>
    public static bool RunsMemberCardsOnly(Compilation compilation)
    {
        bool memberCardType = false;
        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(compilation.Assembly.GlobalNamespace);
        while (pending.Count > 0)
        {
            foreach (ISymbol child in pending.Pop() is INamespaceSymbol ns ? ns.GetMembers() : Enumerable.Empty<ISymbol>())
            {
                if (child is INamespaceSymbol nested)
                {
                    pending.Push(nested);
                }
                else if (child is INamedTypeSymbol type)
                {
                    if (HasPaymentCardMember(type))
                    {
                        return false;
                    }

                    memberCardType |= NamesMemberCardType(type.Name);
                    foreach (INamedTypeSymbol inner in type.GetTypeMembers())
                    {
                        if (HasPaymentCardMember(inner))
                        {
                            return false;
                        }
                    }
                }
            }
        }

        return memberCardType;
    }

    // VipInfo, Viper (one word "vip..."), MemberCard, ClubCardService: VIP members or a member-scheme card.
    private static bool NamesMemberCardType(string typeName)
    {
        List<string> words = IdentifierWords.Split(typeName);
        for (int i = 0; i < words.Count; i++)
        {
            if (words[i] == "vip" || words[i] == "viper" || words[i] == "vips"
                || (words[i] == "card" && i > 0 && LoyaltyCardContexts.LoyaltyCardQualifiers.Contains(words[i - 1])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasPaymentCardMember(INamedTypeSymbol type)
    {
        foreach (string member in type.MemberNames)
        {
            if (NamesPaymentCardField(member))
            {
                return true;
            }
        }

        return false;
    }

    // Cvv, SecurityCode, PinBlock, Track2, CardHolder, NameOnCard, CreditCardNo, DebitCard: a payment card's own fields.
    private static bool NamesPaymentCardField(string name)
    {
        string normalized = IdentifierWords.Normalize(name);
        if (LoyaltyCardContexts.NamesPaymentCard(name)
            || (normalized.IndexOf("holder", StringComparison.Ordinal) >= 0 && normalized.IndexOf("placeholder", StringComparison.Ordinal) < 0)
            || normalized.IndexOf("nameoncard", StringComparison.Ordinal) >= 0)
        {
            return true;
        }

        return CardDataNames.MayNameCardData(name) && CardDataNames.Classify(name, null, null, CardDataNameOptions.Empty).IsSensitiveAuthenticationData();
    }
}
