namespace FinGuard.Analyzers.DataProtection;

/// <summary>What kind of sensitive financial data (outside card data) a name holds.</summary>
internal enum FinancialDataKind
{
    None = 0,

    /// <summary>A bank account number (domestic account number, BBAN).</summary>
    BankAccountNumber,

    /// <summary>An International Bank Account Number.</summary>
    Iban,

    /// <summary>A bank routing number, ABA number, sort code or BSB.</summary>
    RoutingNumber,

    /// <summary>A social security number, national id, national insurance number or tax id.</summary>
    NationalId,

    /// <summary>A balance or monetary amount (lower sensitivity: its own rule so teams can choose).</summary>
    BalanceOrAmount,

    /// <summary>A custodial crypto wallet's private key, mnemonic or recovery phrase (the money itself).</summary>
    WalletSecret,
}
