using FinGuard.Analyzers.DataProtection;

namespace FinGuard.Analyzers.Tests.DataProtection;

public class FinancialDataNamesTests
{
    [Theory]
    [InlineData("Iban", "Iban")]
    [InlineData("DebtorIBAN", "Iban")]
    [InlineData("beneficiary_iban", "Iban")]
    [InlineData("iban", "Iban")]
    [InlineData("AccountNumber", "BankAccountNumber")]
    [InlineData("BankAccountNumber", "BankAccountNumber")]
    [InlineData("bank_account_no", "BankAccountNumber")]
    [InlineData("AcctNo", "BankAccountNumber")]
    [InlineData("accountnumber", "BankAccountNumber")]
    [InlineData("BankAccount", "BankAccountNumber")]
    [InlineData("Bban", "BankAccountNumber")]
    [InlineData("RoutingNumber", "RoutingNumber")]
    [InlineData("AbaRoutingNumber", "RoutingNumber")]
    [InlineData("SortCode", "RoutingNumber")]
    [InlineData("sort_code", "RoutingNumber")]
    [InlineData("Bsb", "RoutingNumber")]
    [InlineData("Ssn", "NationalId")]
    [InlineData("SSN", "NationalId")]
    [InlineData("SocialSecurityNumber", "NationalId")]
    [InlineData("NationalId", "NationalId")]
    [InlineData("NationalInsuranceNumber", "NationalId")]
    [InlineData("TaxId", "NationalId")]
    [InlineData("TaxIdentificationNumber", "NationalId")]
    [InlineData("TaxpayerId", "NationalId")]
    [InlineData("Itin", "NationalId")]
    [InlineData("Balance", "BalanceOrAmount")]
    [InlineData("AvailableBalance", "BalanceOrAmount")]
    public void Sensitive_names_are_recognised(string name, string expected)
        => Assert.Equal(expected, FinancialDataNames.Classify(name, "Customer", DataProtectionNameOptions.Empty).ToString());

    // FG3002 is about stored value: debts (loan, mortgage, unpaid, outstanding) and changes of a balance are not.
    [Theory]
    [InlineData("UnpaidBalance", "Liability")]
    [InlineData("OutstandingMortgageBalance", "AssetEntry")]
    [InlineData("PropertyLoanBalance", "Lead")]
    [InlineData("ChangedBalance", "Transaction")]
    [InlineData("BalanceDelta", "Transaction")]
    [InlineData("Balance", "LoanAccount")]
    [InlineData("balanceOfHomeEquity", "RefinanceLoanOption")]
    public void Debt_and_delta_balances_are_not_stored_value(string name, string containingType)
        => Assert.Equal(FinancialDataKind.None, FinancialDataNames.Classify(name, containingType, DataProtectionNameOptions.Empty));

    [Theory]
    [InlineData("Balance", "Wallet")]
    [InlineData("OriginalBalance", "Transaction")]
    [InlineData("CardBalance", "GiftCard")]
    [InlineData("AvailableBalance", "PrepaidAccount")]
    public void Stored_value_balances_stay_recognised(string name, string containingType)
        => Assert.Equal(FinancialDataKind.BalanceOrAmount, FinancialDataNames.Classify(name, containingType, DataProtectionNameOptions.Empty));

    [Theory]
    [InlineData("IbanLast4")]
    [InlineData("AccountNumberMasked")]
    [InlineData("MaskedIban")]
    [InlineData("RoutingNumberHash")]
    [InlineData("EncryptedSsn")]
    [InlineData("SsnToken")]
    [InlineData("SsnLastFour")]
    [InlineData("IbanCountryCode")]
    [InlineData("TaxIdType")]
    [InlineData("IbanFormat")]
    [InlineData("AccountNumberLength")]
    [InlineData("OrderNumber")]
    [InlineData("PageNumber")]
    [InlineData("PhoneNumber")]
    [InlineData("InvoiceNumber")]
    [InlineData("CustomerAccountNumber")]
    [InlineData("MerchantAccountNumber")]
    [InlineData("PrimaryAccountNumber")]
    [InlineData("CardAccountNumber")]
    [InlineData("StripeAccountId")]
    [InlineData("AccountId")]
    [InlineData("AccountName")]
    [InlineData("TaxRate")]
    [InlineData("TaxAmountCurrency")]
    [InlineData("MinimumBalance")]
    [InlineData("MaxAmount")]
    [InlineData("AmountInCents")]
    [InlineData("RefundedAmount")]
    [InlineData("OrderAmount")]
    [InlineData("Bic")]
    [InlineData("SwiftCode")]
    [InlineData("Sort")]
    [InlineData("Routing")]
    [InlineData("Suburban")]
    [InlineData("Assn")]
    [InlineData("Nationality")]
    [InlineData("NationalNumber")]
    [InlineData("RoutingKey")]
    [InlineData("SortOrder")]
    [InlineData("BankAccountId")]
    [InlineData("LoyaltyAccountNo")]
    [InlineData("TaxCode")]
    [InlineData("GiftCardCode")]
    [InlineData("CardType")]
    [InlineData("ProductCard")]
    public void Look_alikes_are_not_sensitive(string name)
        => Assert.Equal(FinancialDataKind.None, FinancialDataNames.Classify(name, "Customer", DataProtectionNameOptions.Empty));

    [Fact]
    public void Bare_account_number_on_a_ledger_type_is_not_a_bank_account()
    {
        Assert.Equal(FinancialDataKind.None, FinancialDataNames.Classify("AccountNumber", "GeneralLedgerAccount", DataProtectionNameOptions.Empty));
        Assert.Equal(FinancialDataKind.BankAccountNumber, FinancialDataNames.Classify("AccountNumber", "PayoutAccount", DataProtectionNameOptions.Empty));
    }

    [Fact]
    public void Configured_names_extend_and_restrict_the_recogniser()
    {
        DataProtectionNameOptions options = DataProtectionNameOptions.Parse("personal_code", "demo_iban", "VaultConverter");
        Assert.Equal(FinancialDataKind.BankAccountNumber, FinancialDataNames.Classify("PersonalCode", null, options));
        Assert.Equal(FinancialDataKind.None, FinancialDataNames.Classify("DemoIban", null, options));
        Assert.True(options.IsConfiguredEncryptingConverter("VaultConverter"));
        Assert.False(options.IsConfiguredEncryptingConverter("Vault"));
    }
}
