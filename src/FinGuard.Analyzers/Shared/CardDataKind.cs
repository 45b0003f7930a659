namespace FinGuard.Analyzers.Shared;

/// <summary>What kind of cardholder data a name or symbol holds.</summary>
internal enum CardDataKind
{
    None = 0,

    /// <summary>Primary account number: the full card number.</summary>
    Pan,

    /// <summary>Card security code: CVV, CVC, CVV2, CVC2, CID, CAV2 (sensitive authentication data, PCI DSS 3.3.1.2).</summary>
    SecurityCode,

    /// <summary>Full track data from the magnetic stripe or chip equivalent (PCI DSS 3.3.1.1).</summary>
    TrackData,

    /// <summary>PIN or encrypted PIN block (PCI DSS 3.3.1.3).</summary>
    Pin,
}

internal static class CardDataKindExtensions
{
    /// <summary>Sensitive authentication data may not be stored after authorization at all, not even encrypted (PCI DSS 3.3.1).</summary>
    public static bool IsSensitiveAuthenticationData(this CardDataKind kind)
        => kind == CardDataKind.SecurityCode || kind == CardDataKind.TrackData || kind == CardDataKind.Pin;

    /// <summary>Words for messages: "card number", "card security code"...</summary>
    public static string Describe(this CardDataKind kind) => kind switch
    {
        CardDataKind.Pan => "card number",
        CardDataKind.SecurityCode => "card security code",
        CardDataKind.TrackData => "full track data",
        CardDataKind.Pin => "PIN",
        _ => "card data",
    };
}
