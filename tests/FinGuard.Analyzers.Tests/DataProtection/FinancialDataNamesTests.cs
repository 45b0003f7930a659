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

    // National and tax ids under their local names (issue 18, held-out set 5: Georgian PrivateNumber, IdNumber, CPF).
    [Theory]
    [InlineData("PrivateNumber")]
    [InlineData("PersonalNumber")]
    [InlineData("personal_no")]
    [InlineData("IdNumber")]
    [InlineData("idNumber")]
    [InlineData("ID_NUMBER")]
    [InlineData("idnumber")]
    [InlineData("IdNo")]
    [InlineData("IdentityNumber")]
    [InlineData("IdentificationNumber")]
    [InlineData("IdCardNumber")]
    [InlineData("IdentityCardNo")]
    [InlineData("IdentityDocumentNumber")]
    [InlineData("PersonalIdNumber")]
    [InlineData("PersonalIdentityNumber")]
    [InlineData("CitizenIdNumber")]
    [InlineData("CitizenshipNumber")]
    [InlineData("NationalCode")]
    [InlineData("NationalIdentificationNumber")]
    [InlineData("PassportNumber")]
    [InlineData("FiscalCode")]
    [InlineData("SocialInsuranceNumber")]
    [InlineData("SocSecNo")]
    [InlineData("CPF")]
    [InlineData("Cpf")]
    [InlineData("ClientCpf")]
    [InlineData("cpf_cliente")]
    [InlineData("Pesel")]
    [InlineData("AadhaarNumber")]
    [InlineData("Curp")]
    [InlineData("RFC")]
    [InlineData("Bsn")]
    [InlineData("Nif")]
    [InlineData("DNI")]
    [InlineData("DniCliente")]
    [InlineData("NIN")]
    [InlineData("Tin")]
    [InlineData("SupplierTIN")]
    [InlineData("TINNumber")]
    [InlineData("Nric")]
    [InlineData("Cuit")]
    [InlineData("TaxIdNumber")]
    [InlineData("BVNNumber")]
    [InlineData("Bvn")]
    [InlineData("CustomerBvn")]
    [InlineData("bvn_number")]
    [InlineData("bvnnumber")]
    public void National_and_tax_ids_under_local_names_are_recognised(string name)
        => Assert.Equal(FinancialDataKind.NationalId, FinancialDataNames.Classify(name, "Customer", DataProtectionNameOptions.Empty));

    // Look-alikes of the names above: another thing's id number, metadata about the id, a protected form, a PIN, words
    // that contain the letters of an acronym, standards named RFC, and PAN (the card number: FG1's).
    [Theory]
    [InlineData("OrderIdNumber")]
    [InlineData("UserIdNumber")]
    [InlineData("DotIdNumber")]
    [InlineData("VehicleIdentificationNumber")]
    [InlineData("PersonalIdentificationNumber")]
    [InlineData("NumberOfIds")]
    [InlineData("IdNumberCount")]
    [InlineData("PersonalNumberFormat")]
    [InlineData("IdNumberHash")]
    [InlineData("MaskedIdNumber")]
    [InlineData("EncryptedCpf")]
    [InlineData("CpfHash")]
    [InlineData("CpfValidator")]
    [InlineData("IsValidCpf")]
    [InlineData("PeselLength")]
    [InlineData("IdNumberType")]
    [InlineData("PassportCountry")]
    [InlineData("PassportExpiry")]
    [InlineData("PersonalId")]
    [InlineData("PersonalCode")]
    [InlineData("PersonalNote")]
    [InlineData("PrivateKey")]
    [InlineData("PrivatePhoneNumber")]
    [InlineData("UserPrivateNumberLimit")]
    [InlineData("CitizenId")]
    [InlineData("NationalityCode")]
    [InlineData("FiscalYear")]
    [InlineData("Identity")]
    [InlineData("IdentityProvider")]
    [InlineData("IdCard")]
    [InlineData("Rfc3339")]
    [InlineData("RfcDate")]
    [InlineData("Destination")]
    [InlineData("Setting")]
    [InlineData("RoutingTable")]
    [InlineData("TinyUrl")]
    [InlineData("Running")]
    [InlineData("Beginning")]
    [InlineData("Ninja")]
    [InlineData("Unified")]
    [InlineData("SETTINGS")]
    [InlineData("Pan")]
    [InlineData("PanNumber")]
    [InlineData("Social")]
    [InlineData("SocialLink")]
    [InlineData("BvnVerified")]
    [InlineData("BvnValidationStatus")]
    [InlineData("BvnLength")]
    [InlineData("MaskedBvn")]
    public void National_id_look_alikes_are_not_sensitive(string name)
        => Assert.Equal(FinancialDataKind.None, FinancialDataNames.Classify(name, "Customer", DataProtectionNameOptions.Empty));

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

    // Held-out set 6 (issue 18): a customer's account number is the bank account's own number on the customer account
    // type itself; on a customer, order or beneficiary record, or a user's login account, it is a merchant reference.
    [Theory]
    [InlineData("CustomerAccountNumber", "CustomerAccount", "BankAccountNumber")]
    [InlineData("CustomerAccountNo", "CustomerAccountEntity", "BankAccountNumber")]
    [InlineData("MemberAccountNumber", "MemberAccount", "BankAccountNumber")]
    [InlineData("CustomerAccountNumber", "Customer", "None")]
    [InlineData("CustomerAccountNumber", "Beneficiary", "None")]
    [InlineData("CustomerAccountNumber", "CustomerAccountSummary", "None")]
    [InlineData("CustomerAccountNumber", "UtilityCustomerAccount", "None")]
    [InlineData("UserAccountNumber", "UserAccount", "None")]
    [InlineData("MerchantAccountNumber", "MerchantAccount", "None")]
    public void Owner_qualified_account_numbers_are_bank_accounts_on_the_account_type_itself(string name, string containingType, string expected)
        => Assert.Equal(expected, FinancialDataNames.Classify(name, containingType, DataProtectionNameOptions.Empty).ToString());

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

    // Held-out set 7 (issue 18): members about an id (its scan, file, expiry) are not the id; debts and processor
    // mirrors are not stored value, a gift card's remaining balance is.
    [Theory]
    [InlineData("NationalIdPhotoUrl", "Customer", "None")]
    [InlineData("PassportImagePath", "Customer", "None")]
    [InlineData("IdCardScanFile", "Customer", "None")]
    [InlineData("PassportExpiryDate", "Customer", "None")]
    [InlineData("NationalIdNumber", "Customer", "NationalId")]
    [InlineData("PassportNo", "Customer", "NationalId")]
    [InlineData("RemainingBalance", "Loan", "None")]
    [InlineData("RemainingBalance", "Enrollment", "None")]
    [InlineData("RemainingBalance", "GiftCard", "BalanceOrAmount")]
    [InlineData("RemainingBalance", "WalletEntity", "BalanceOrAmount")]
    [InlineData("Balance", "RentInvoice", "None")]
    [InlineData("Balance", "InstallmentPlan", "None")]
    [InlineData("Balance", "StripeCustomerModel", "None")]
    [InlineData("Balance", "PaypalAccount", "None")]
    [InlineData("Balance", "CustomerWallet", "BalanceOrAmount")]
    [InlineData("Balance", "CurrentAccount", "BalanceOrAmount")]
    public void Facts_about_a_value_debts_and_mirrors_are_not_the_value(string name, string containingType, string expected)
        => Assert.Equal(expected, FinancialDataNames.Classify(name, containingType, DataProtectionNameOptions.Empty).ToString());

    // Held-out set 8 (issue 18): an account's or wallet's own amount is its balance; amounts of orders, payments and
    // movements stay silent, as do amounts on debts, ledgers and loyalty accounts.
    [Theory]
    [InlineData("Amount", "AccountEntity", "BalanceOrAmount")]
    [InlineData("InitialAmount", "BankAccount", "BalanceOrAmount")]
    [InlineData("CurrentAmount", "UserWallet", "BalanceOrAmount")]
    [InlineData("Amount", "WalletRecord", "BalanceOrAmount")]
    [InlineData("Amount", "Order", "None")]
    [InlineData("Amount", "AccountTransaction", "None")]
    [InlineData("Amount", "WalletTopUp", "None")]
    [InlineData("TransferAmount", "BankAccount", "None")]
    [InlineData("AmountInCents", "BankAccount", "None")]
    [InlineData("Amount", "LoanAccount", "None")]
    [InlineData("Amount", "LedgerAccount", "None")]
    [InlineData("Amount", "LoyaltyAccount", "None")]
    [InlineData("Amount", "PaypalAccount", "None")]
    [InlineData("Amount", null, "None")]
    public void An_accounts_own_amount_is_its_balance(string name, string? containingType, string expected)
        => Assert.Equal(expected, FinancialDataNames.Classify(name, containingType, DataProtectionNameOptions.Empty).ToString());

    // Local names (issue 18, held-out set 8): Iran's Sheba (IBAN), Indonesia's KTP and NPWP, nomor rekening, Kontonummer.
    [Theory]
    [InlineData("Shaba", "Iban")]
    [InlineData("Sheba", "Iban")]
    [InlineData("ShebaNumber", "Iban")]
    [InlineData("KtpNo", "NationalId")]
    [InlineData("KtpNo1", "NationalId")]
    [InlineData("NoKtp", "NationalId")]
    [InlineData("ktp_no", "NationalId")]
    [InlineData("Npwp", "NationalId")]
    [InlineData("NpwpNo", "NationalId")]
    [InlineData("NoNpwp", "NationalId")]
    [InlineData("NoRekening", "BankAccountNumber")]
    [InlineData("NomorRekening", "BankAccountNumber")]
    [InlineData("norek", "BankAccountNumber")]
    [InlineData("RekeningNummer", "BankAccountNumber")]
    [InlineData("KontoNr", "BankAccountNumber")]
    [InlineData("kontonummer", "BankAccountNumber")]
    public void Account_data_under_local_names_is_recognised(string name, string expected)
        => Assert.Equal(expected, FinancialDataNames.Classify(name, "Employee", DataProtectionNameOptions.Empty).ToString());

    [Theory]
    [InlineData("NpwpName")]
    [InlineData("NpwpAddress")]
    [InlineData("NpwpType")]
    [InlineData("IsNpwp")]
    [InlineData("LokasiKtp")]
    [InlineData("photo_ktp")]
    [InlineData("KeteranganNpwp")]
    [InlineData("NamaRekening")]
    [InlineData("RekeningKoran")]
    [InlineData("HasilCheckRekening")]
    [InlineData("Konto")]
    [InlineData("Nik")]
    [InlineData("Shabaka")]
    public void Local_name_look_alikes_are_not_account_data(string name)
        => Assert.Equal(FinancialDataKind.None, FinancialDataNames.Classify(name, "Employee", DataProtectionNameOptions.Empty));

    // A custodial crypto wallet's private key or recovery phrase is the money itself.
    [Theory]
    [InlineData("PrivateKey", "WalletEntity", "WalletSecret")]
    [InlineData("PrivateKeyHex", "CryptoWallet", "WalletSecret")]
    [InlineData("Mnemonic", "UserKeys", "WalletSecret")]
    [InlineData("SeedPhrase", "Account", "WalletSecret")]
    [InlineData("RecoveryPhrase", "Wallet", "WalletSecret")]
    [InlineData("PrivateKey", "Certificate", "None")]
    [InlineData("PublicKey", "WalletEntity", "None")]
    [InlineData("EncryptedPrivateKey", "WalletEntity", "None")]
    [InlineData("PrivateKeyPath", "WalletEntity", "None")]
    [InlineData("MnemonicHash", "Wallet", "None")]
    [InlineData("Seed", "Wallet", "None")]
    [InlineData("RecoveryEmail", "Wallet", "None")]
    public void Crypto_wallet_secrets_are_recognised(string name, string containingType, string expected)
        => Assert.Equal(expected, FinancialDataNames.Classify(name, containingType, DataProtectionNameOptions.Empty).ToString());

    // "Cust" is "customer" abbreviated: a customer record's account number is the merchant's house account (held-out set 8),
    // on the customer account type itself it is the bank account's own number.
    [Theory]
    [InlineData("vCustAccountNum", "POS_Customer", "None")]
    [InlineData("CustAccountNo", "Customer", "None")]
    [InlineData("CustAccountNumber", "CustAccount", "BankAccountNumber")]
    [InlineData("AccountNum", "POS_Customer", "BankAccountNumber")]
    public void Abbreviated_customer_account_numbers_follow_customer_account_numbers(string name, string containingType, string expected)
        => Assert.Equal(expected, FinancialDataNames.Classify(name, containingType, DataProtectionNameOptions.Empty).ToString());

    // Issue 18, cross-set pass (held-out sets 8 to 11): documented national account numbers (Nigeria's NUBAN, Mexico's
    // CLABE, Argentina's CBU), the Spanish and Portuguese account number, the Latin American cedula, the identity card
    // named for its holder, Azerbaijan's and Singapore's FIN, and all-lower-case IBAN columns.
    [Theory]
    [InlineData("Nuban", "BankAccountNumber")]
    [InlineData("nuban", "BankAccountNumber")]
    [InlineData("NUBAN", "BankAccountNumber")]
    [InlineData("DebitNuban", "BankAccountNumber")]
    [InlineData("Clabe", "BankAccountNumber")]
    [InlineData("CBU", "BankAccountNumber")]
    [InlineData("NumeroCuenta", "BankAccountNumber")]
    [InlineData("NroCuenta", "BankAccountNumber")]
    [InlineData("NumeroDeCuenta", "BankAccountNumber")]
    [InlineData("CuentaNumero", "BankAccountNumber")]
    [InlineData("numero_cuenta", "BankAccountNumber")]
    [InlineData("numerocuenta", "BankAccountNumber")]
    [InlineData("NumeroConta", "BankAccountNumber")]
    [InlineData("Cedula", "NationalId")]
    [InlineData("NumeroCedula", "NationalId")]
    [InlineData("cedula_de_identidad", "NationalId")]
    [InlineData("IdentityCard", "NationalId")]
    [InlineData("UserIdentityCard", "NationalId")]
    [InlineData("FIN", "NationalId")]
    [InlineData("ibancode", "Iban")]
    [InlineData("ibannumber", "Iban")]
    public void Account_data_under_further_local_names_is_recognised(string name, string expected)
        => Assert.Equal(expected, FinancialDataNames.Classify(name, "Customer", DataProtectionNameOptions.Empty).ToString());

    // Their look-alikes: ledger accounts, an account's other facts, the document's metadata, the Spanish "fin" (end),
    // finance words, protected forms and an identity card named for something else.
    [Theory]
    [InlineData("Cuenta")]
    [InlineData("CuentaContable")]
    [InlineData("NumeroCuentaContable")]
    [InlineData("MontoCuentaCorriente")]
    [InlineData("TipoCuenta")]
    [InlineData("ContaCorrente")]
    [InlineData("Contact")]
    [InlineData("ContactNumber")]
    [InlineData("TipoCedula")]
    [InlineData("CedulaPhotoUrl")]
    [InlineData("CedulaVerified")]
    [InlineData("MaskedNuban")]
    [InlineData("NubanValidation")]
    [InlineData("NubanLength")]
    [InlineData("Fin")]
    [InlineData("FechaFin")]
    [InlineData("Finance")]
    [InlineData("FinCode")]
    [InlineData("IdentityCardImage")]
    [InlineData("IdentityCardType")]
    [InlineData("IdentityCardExpiryDate")]
    [InlineData("OrderIdentityCard")]
    [InlineData("Cbuild")]
    [InlineData("IdCard")]
    public void Further_local_name_look_alikes_are_not_account_data(string name)
        => Assert.Equal(FinancialDataKind.None, FinancialDataNames.Classify(name, "Customer", DataProtectionNameOptions.Empty));

    // A loan's balances: amortised balances, and any balance of a record that names its loan (LoanId, LoanAccountNumber).
    [Theory]
    [InlineData("AmortisedClosingBalance", "ScheduleRow", "None")]
    [InlineData("AmortizedBalance", "ScheduleRow", "None")]
    [InlineData("ClosingBalance", "ScheduleRow", "BalanceOrAmount")]
    public void Amortised_balances_are_debts(string name, string containingType, string expected)
        => Assert.Equal(expected, FinancialDataNames.Classify(name, containingType, DataProtectionNameOptions.Empty).ToString());

    // Held-out set 15 (issue 18): Bangladesh's NID, India's PAN card, the Spanish identificacion, a person's other id
    // number, and the Spanish and Portuguese saldo.
    [Theory]
    [InlineData("NID", "Member", "NationalId")]
    [InlineData("GuarantorNID", "Loan", "NationalId")]
    [InlineData("NidNo", "Member", "NationalId")]
    [InlineData("NIDNumber", "Nominee", "NationalId")]
    [InlineData("NationalIdNo", "Member", "NationalId")]
    [InlineData("PanCardNo", "Customer", "NationalId")]
    [InlineData("PanCard", "Customer", "NationalId")]
    [InlineData("PanCardNumber", "Customer", "NationalId")]
    [InlineData("Identificacion", "Cliente", "NationalId")]
    [InlineData("NumeroIdentificacion", "Cliente", "NationalId")]
    [InlineData("OtherIdNo", "Member", "NationalId")]
    [InlineData("SecondaryIdNumber", "Member", "NationalId")]
    [InlineData("Saldo", "Cuenta", "BalanceOrAmount")]
    [InlineData("SaldoDisponible", "Cuenta", "BalanceOrAmount")]
    public void Identity_numbers_and_balances_under_further_local_names_are_recognised(string name, string containingType, string expected)
        => Assert.Equal(expected, FinancialDataNames.Classify(name, containingType, DataProtectionNameOptions.Empty).ToString());

    // Held-out set 17 (issue 18): national identity cards that FG1001 now leaves to FG3001 stay national ids here.
    [Theory]
    [InlineData("AadhaarCardNo", "MemberDocDetails")]
    [InlineData("AadharCardNumber", "Member")]
    [InlineData("IdCardNumber", "Customer")]
    [InlineData("IdentityCardNo", "Customer")]
    public void National_identity_card_numbers_left_by_fg1001_are_national_ids(string name, string containingType)
        => Assert.Equal("NationalId", FinancialDataNames.Classify(name, containingType, DataProtectionNameOptions.Empty).ToString());

    [Theory]
    [InlineData("NidImage", "Member")]
    [InlineData("NIDId", "Nominee")]
    [InlineData("Nidification", "Bird")]
    [InlineData("PanCardImage", "Customer")]
    [InlineData("PanelCard", "Customer")]
    [InlineData("TipoIdentificacion", "Cliente")]
    [InlineData("OrderIdNumber", "Order")]
    [InlineData("SaldoPendiente", "Cuenta")]
    [InlineData("Saldo", "Prestamo")]
    [InlineData("Saldo", "FacturaCliente")]
    [InlineData("PointsBalance", "Member")]
    [InlineData("LeaveBalance", "Employee")]
    [InlineData("EmailCreditsBalance", "Account")]
    [InlineData("PersonalId", "Cliente")]
    public void Further_identity_and_balance_look_alikes_are_not_account_data(string name, string containingType)
        => Assert.Equal(FinancialDataKind.None, FinancialDataNames.Classify(name, containingType, DataProtectionNameOptions.Empty));

    // A bare personal id is the person's national number only as text (an int PersonalId is a staff row's key).
    [Theory]
    [InlineData("PersonalId", true)]
    [InlineData("PersonalID", true)]
    [InlineData("ClientPersonalId", true)]
    [InlineData("StaffPersonalId", false)]
    [InlineData("PersonalIdType", false)]
    [InlineData("Personal", false)]
    public void Bare_personal_ids_are_recognised_as_text_only(string name, bool expected)
        => Assert.Equal(expected, FinancialDataNames.IsPersonalIdText(name));

    [Theory]
    [InlineData("TotalCreditsQty", true)]
    [InlineData("currentMonthlyAddedEmailsWithBilling", true)]
    [InlineData("PointsEarned", true)]
    [InlineData("amount", false)]
    [InlineData("walletBalance", false)]
    public void Counts_of_units_that_are_not_money_are_recognised(string name, bool expected)
        => Assert.Equal(expected, FinancialDataNames.NamesNonMoneyUnit(name));

    // A loan's account number on the loan's own record is its reference; on a bank's or customer's record it is an account.
    [Theory]
    [InlineData("LoanAccountNo", "LoanSummary", "None")]
    [InlineData("LoanAccountNumber", "MortgageLoan", "None")]
    [InlineData("LoanAccountNumber", "PartnerBank", "BankAccountNumber")]
    [InlineData("SavingAccountNo", "SavingSummary", "BankAccountNumber")]
    public void Loan_account_numbers_on_the_loans_own_record_are_its_reference(string name, string containingType, string expected)
        => Assert.Equal(expected, FinancialDataNames.Classify(name, containingType, DataProtectionNameOptions.Empty).ToString());

    // Issue 18, held-out set 16: personal numbers of Romania (CNP), Bulgaria (EGN), Croatia (OIB), the former Yugoslav
    // states (JMBG, EMBG) and Vietnam's identity cards (CMND, CCCD).
    [Theory]
    [InlineData("Cnp")]
    [InlineData("CNP")]
    [InlineData("CnpNumber")]
    [InlineData("UserCnp")]
    [InlineData("Egn")]
    [InlineData("OIB")]
    [InlineData("Jmbg")]
    [InlineData("Embg")]
    [InlineData("CMND")]
    [InlineData("SoCCCD")]
    [InlineData("CccdNumber")]
    public void Further_national_id_acronyms_are_recognised(string name)
        => Assert.Equal(FinancialDataKind.NationalId, FinancialDataNames.Classify(name, "Customer", DataProtectionNameOptions.Empty));

    // CNP is also "card not present" in card code; the other acronyms only as whole words.
    [Theory]
    [InlineData("IsCnp")]
    [InlineData("CnpFee")]
    [InlineData("CnpTransactionId")]
    [InlineData("Oibxyz")]
    [InlineData("Segnale")]
    public void Card_not_present_and_words_containing_the_acronyms_are_not_national_ids(string name)
        => Assert.Equal(FinancialDataKind.None, FinancialDataNames.Classify(name, "Payment", DataProtectionNameOptions.Empty));

    // Held-out set 17: Turkish identity numbers (T.C. Kimlik No), account numbers (hesap numarasi, named for the sender
    // or recipient too) and balances (bakiye), and Portugal's NIB.
    [Theory]
    [InlineData("TCKimlikNo", "NationalId")]
    [InlineData("TcKimlikNo", "NationalId")]
    [InlineData("TCNo", "NationalId")]
    [InlineData("TcNo", "NationalId")]
    [InlineData("TCKimlik", "NationalId")]
    [InlineData("KimlikNo", "NationalId")]
    [InlineData("MusteriTcNo", "NationalId")]
    [InlineData("HesapNo", "BankAccountNumber")]
    [InlineData("Hesapno", "BankAccountNumber")]
    [InlineData("HesapNumarasi", "BankAccountNumber")]
    [InlineData("GonderenHesapNo", "BankAccountNumber")]
    [InlineData("AliciHesapNo", "BankAccountNumber")]
    [InlineData("GelenTransferHesapNo", "BankAccountNumber")]
    [InlineData("ZielKontoNr", "BankAccountNumber")]
    [InlineData("HesapBakiye", "BalanceOrAmount")]
    [InlineData("Bakiye", "BalanceOrAmount")]
    [InlineData("NIB", "BankAccountNumber")]
    [InlineData("NibNumber", "BankAccountNumber")]
    public void Turkish_and_portuguese_account_data_names_are_recognised(string name, string expected)
        => Assert.Equal(expected, FinancialDataNames.Classify(name, "Musteri", DataProtectionNameOptions.Empty).ToString());

    // Their look-alikes: a bare Tc (a temperature, terms and conditions), the identity card's other facts, an account's
    // name or type, a ledger account, the NIB's image, and settings of how account numbers are made or shown.
    [Theory]
    [InlineData("Tc")]
    [InlineData("TcAmount")]
    [InlineData("TcKimlikFoto")]
    [InlineData("KimlikBilgisi")]
    [InlineData("Kimlik")]
    [InlineData("HesapAdi")]
    [InlineData("HesapTuru")]
    [InlineData("Hesap")]
    [InlineData("LedgerHesapNo")]
    [InlineData("NibImage")]
    [InlineData("Nibble")]
    [InlineData("AccNoGeneration")]
    [InlineData("AccNoOrNameFirst")]
    [InlineData("AccountNumberSequence")]
    [InlineData("Tcp")]
    public void Look_alikes_of_turkish_and_portuguese_names_are_not_account_data(string name)
        => Assert.Equal(FinancialDataKind.None, FinancialDataNames.Classify(name, "Musteri", DataProtectionNameOptions.Empty));
}
