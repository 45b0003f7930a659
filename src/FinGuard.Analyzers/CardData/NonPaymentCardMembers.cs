using System.Runtime.CompilerServices;
using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.CardData;

/// <summary>
/// The one test, for every rule that follows card data by the name of what holds it (FG1003, FG1004, the card-data flow,
/// <see cref="CardDataValues"/>), that a member, parameter or local named for a card number or a security code is another
/// card's or an account's:
/// <list type="bullet">
/// <item>a loyalty or voucher card's number or code (<see cref="LoyaltyCardContexts"/>; members and parameters, whose
/// siblings say so);</item>
/// <item>a bare card number in an application that runs only its own member cards (<see cref="MemberCardApplications"/>;
/// any holder, judged once per compilation);</item>
/// <item>an account's or a signing security code (<see cref="AccountSecurityCodes"/>; members only, whose type says so).</item>
/// </list>
/// FG1001 and FG1002 leave these alone at the declaration (issue 18, sets 23 and 24); the rules that follow the value
/// reported the same members where they were returned or stored (set 24: a login response's account <c>SecurityCode</c>
/// returned by fourteen actions, a VIP card number written by the shop's data layer). One test keeps the declaration and
/// the uses in step.
/// </summary>
internal static class NonPaymentCardMembers
{
    private static readonly ConditionalWeakTable<Compilation, Lazy<bool>> MemberCardsOnly = new ConditionalWeakTable<Compilation, Lazy<bool>>();

    /// <summary>True when <paramref name="symbol"/>, classified as <paramref name="kind"/> by its name, is another card's or an account's (see the type's summary).</summary>
    public static bool IsOtherCardOrAccountCode(ISymbol symbol, CardDataKind kind, Compilation? compilation)
    {
        bool member = symbol is IFieldSymbol or IPropertySymbol;
        bool memberOrParameter = member || symbol is IParameterSymbol;
        switch (kind)
        {
            case CardDataKind.Pan:
                return (memberOrParameter && LoyaltyCardContexts.NamesLoyaltyOrVoucherCard(symbol, kind))
                    || (compilation != null && MemberCardApplications.NamesMemberCard(symbol.Name, RunsMemberCardsOnly(compilation)));
            case CardDataKind.SecurityCode:
                return (memberOrParameter && LoyaltyCardContexts.NamesLoyaltyOrVoucherCard(symbol, kind))
                    || (member && AccountSecurityCodes.IsAccountOrSigningCode(symbol, kind));
            default:
                return false;
        }
    }

    /// <summary>The compilation's member-card judgement, made at most once (<see cref="MemberCardApplications.RunsMemberCardsOnly"/>).</summary>
    public static Lazy<bool> RunsMemberCardsOnly(Compilation compilation)
        => MemberCardsOnly.GetValue(compilation, c => new Lazy<bool>(() => MemberCardApplications.RunsMemberCardsOnly(c)));
}
