namespace FinGuard.Analyzers.Recognition
{
    /// <summary>What kind of cardholder data a name or symbol holds.</summary>
    internal enum CardDataKind
    {
        None = 0,

        /// <summary>Primary account number: the full card number.</summary>
        Pan,
    }
}
