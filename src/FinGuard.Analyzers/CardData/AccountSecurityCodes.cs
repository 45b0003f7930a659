using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.CardData;

/// <summary>
/// A bare <c>SecurityCode</c> that belongs to a user account or to the merchant's signing of its own requests, not to a
/// card, for FG1002 (issue 18, set 24: <c>ClientRegisterResponseDto { Client, OtpCode, SecurityCode }</c>,
/// <c>ResetPasswordDto { Id, Phone, SecurityCode }</c> returning an account's random renewal secret, and a gateway client's
/// <c>_securityCode</c> hashed into <c>SignRequest()</c>'s signature). "Security code" alone is also the name of a login
/// or signing secret; it is a card's only where the type says card. So a member named by the two words alone, or after its own
/// type's name as a database-first model names its columns (<c>AccountT.AccountSecurityCode</c>; any other prefix is judged by
/// the name rules), is left alone when its type:
/// <list type="bullet">
/// <item>names no card data and no card at all (no member or type word <c>card</c>, <c>pan</c>, CVV/CVC, expiry or holder,
/// and no type word of paying: payment, checkout, billing, purchase;
/// a credential's own expiry, <c>OTPExpireTime</c>, is not a card's);</item>
/// <item>and is about an account's credentials or a signed request: its name or a member names a password, an OTP, a
/// login, a registration, a reset, a token, a signature or a signing method.</item>
/// </list>
/// A <c>SecurityCode</c> beside <c>CardNumber</c> or on a <c>CardJsonRequest</c> stays the card's code.
/// </summary>
internal static class AccountSecurityCodes
{
    // Words of account credentials and of request signing.
    private static readonly HashSet<string> CredentialWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "password", "passwd", "pwd", "otp", "login", "logon", "signin", "signup", "register", "registration", "reset",
        "token", "sign", "signature", "username",
    };

    // Words of a type about paying: its security code is the card's.
    private static readonly HashSet<string> PaymentTypeWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "payment", "payments", "checkout", "billing", "purchase", "pay",
    };

    /// <summary>True when <paramref name="symbol"/> is a bare security code of an account or of request signing (see the type's summary).</summary>
    public static bool IsAccountOrSigningCode(ISymbol symbol, CardDataKind kind)
    {
        if (kind != CardDataKind.SecurityCode || symbol.ContainingType is not { } type)
        {
            return false;
        }

        List<string> words = IdentifierWords.Split(symbol.Name);
        List<string> typeWords = IdentifierWords.Split(type.Name);
        if (words.Count < 2 || words[words.Count - 2] != "security" || words[words.Count - 1] != "code" || !PrefixedByOwnType(words, typeWords))
        {
            return false;
        }

        // CustomerPaymentTokenizer { Token, SecurityCode } (issue 18, set 25): a saved payment method's token kept with the
        // card's CVV. A type named for a payment, a checkout or billing is about a card even when no member says card.
        if (NamesCard(typeWords, expiryCounts: true) || IdentifierWords.ContainsAnyWord(typeWords, PaymentTypeWords))
        {
            return false;
        }

        bool credential = IdentifierWords.ContainsAnyWord(typeWords, CredentialWords);
        foreach (string member in type.MemberNames)
        {
            if (string.Equals(member, symbol.Name, StringComparison.Ordinal))
            {
                continue;
            }

            // OTPExpireTime, TokenExpiry: the expiry of a credential, not of a card (CardToken still names a card).
            List<string> memberWords = IdentifierWords.Split(member);
            bool credentialMember = IdentifierWords.ContainsAnyWord(memberWords, CredentialWords);
            if (NamesCard(memberWords, expiryCounts: !credentialMember))
            {
                return false;
            }

            credential |= credentialMember;
        }

        return credential;
    }

    // AccountT.AccountSecurityCode beside AccountPassword and AccountUsername: a database-first model prefixes every
    // column with its table's name, so the words before "security code" are the type's own, not a card's.
    private static bool PrefixedByOwnType(List<string> words, List<string> typeWords)
    {
        for (int i = 0; i < words.Count - 2; i++)
        {
            if (!typeWords.Contains(words[i]))
            {
                return false;
            }
        }

        return true;
    }

    // Card, CardNumber, Pan, Cvv, ExpiryMonth, HolderName: anything of a card.
    private static bool NamesCard(List<string> words, bool expiryCounts)
    {
        foreach (string word in words)
        {
            if (word.IndexOf("card", StringComparison.Ordinal) >= 0 || word == "pan" || word.StartsWith("cvv", StringComparison.Ordinal)
                || word.StartsWith("cvc", StringComparison.Ordinal) || (expiryCounts && word.StartsWith("exp", StringComparison.Ordinal)) || word == "holder"
                || word == "cc")
            {
                return true;
            }
        }

        return false;
    }
}
