using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.DataProtection;

/// <summary>
/// Decides from an identifier whether it names sensitive financial data outside card data: bank account
/// numbers, IBANs, routing numbers and sort codes, social security / national / tax ids (FG3001), and balances
/// and amounts (FG3002). Shared by the data-protection rules and, later, the logging engine.
/// Precision first, as in <see cref="CardDataNames"/>: whole words only, and safe forms (masked, last four,
/// token, hash, encrypted, type, format, count...) always win, so <c>IbanLast4</c>, <c>RoutingNumberHash</c>
/// and <c>EncryptedSsn</c> stay clean.
/// </summary>
internal static class FinancialDataNames
{
    private static readonly HashSet<string> NumberWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "number", "num", "no", "nbr", "nr", "numbers",
    };

    // Forms that are never the clear value, and metadata about a value.
    private static readonly HashSet<string> SafeWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "masked", "mask", "last4", "lastfour", "tail", "token", "tokens", "tokenized", "tokenised", "fingerprint",
        "hash", "hashed", "digest", "hmac", "encrypted", "encrypt", "encryption", "cipher", "ciphertext", "protected",
        "sealed", "redacted", "obfuscated", "truncated", "type", "types", "kind", "format", "formatted", "length",
        "len", "count", "valid", "validation", "validator", "verified", "verification", "country", "label", "hint",
        "display", "suffix", "prefix", "regex", "pattern", "key", "salt", "nonce", "iv", "version", "status",
        "placeholder", "error", "errors", "message", "column", "header", "field", "required", "enabled", "visible",
        "policy", "max", "min", "maximum", "minimum", "limit", "threshold", "currency", "precision", "scale",
        "rounding", "template", "example", "sample", "checksum", "check",
    };

    // Qualifiers that make "account number" something other than a bank account: ledger codes, loyalty ids, logins.
    private static readonly HashSet<string> NonBankAccountQualifiers = new HashSet<string>(StringComparer.Ordinal)
    {
        "primary", "card", "customer", "cust", "user", "member", "membership", "loyalty", "merchant", "game", "player",
        "login", "email", "ledger", "gl", "general", "chart", "cost", "expense", "revenue", "sub", "utility",
        "billing", "subscription", "internal", "tenant", "platform", "connected", "stripe", "service", "system",
        // The institution's own books (issue 18, held-out set 21): its account at a correspondent bank (nostro), a
        // correspondent's account with it (vostro) and its suspense accounts are ledger accounts, not customers'.
        "nostro", "vostro", "suspense",
    };

    private static readonly HashSet<string> NonBankAccountContainers = new HashSet<string>(StringComparer.Ordinal)
    {
        "ledger", "gl", "journal", "chart", "loyalty", "game", "player", "utility", "subscription", "login",
        "nostro", "vostro", "suspense",
    };

    // One-word spellings (all-lower-case identifiers the splitter cannot split), by kind.
    private static readonly Dictionary<string, FinancialDataKind> JoinedNames = new Dictionary<string, FinancialDataKind>(StringComparer.Ordinal)
    {
        ["accountnumber"] = FinancialDataKind.BankAccountNumber,
        ["accountno"] = FinancialDataKind.BankAccountNumber,
        ["acctno"] = FinancialDataKind.BankAccountNumber,
        ["acctnum"] = FinancialDataKind.BankAccountNumber,
        ["bankaccount"] = FinancialDataKind.BankAccountNumber,
        ["bankaccountnumber"] = FinancialDataKind.BankAccountNumber,
        ["bban"] = FinancialDataKind.BankAccountNumber,
        ["iban"] = FinancialDataKind.Iban,
        // All-lower-case columns of DB-first code (held-out set 9): ibancode, ibanno, ibannumber.
        ["ibancode"] = FinancialDataKind.Iban,
        ["ibanno"] = FinancialDataKind.Iban,
        ["ibannumber"] = FinancialDataKind.Iban,
        ["nuban"] = FinancialDataKind.BankAccountNumber,
        ["routingnumber"] = FinancialDataKind.RoutingNumber,
        ["routingno"] = FinancialDataKind.RoutingNumber,
        ["abanumber"] = FinancialDataKind.RoutingNumber,
        ["sortcode"] = FinancialDataKind.RoutingNumber,
        ["bsb"] = FinancialDataKind.RoutingNumber,
        ["ssn"] = FinancialDataKind.NationalId,
        ["socialsecuritynumber"] = FinancialDataKind.NationalId,
        ["nationalid"] = FinancialDataKind.NationalId,
        ["nationalidnumber"] = FinancialDataKind.NationalId,
        ["nationalidentifier"] = FinancialDataKind.NationalId,
        ["nationalinsurancenumber"] = FinancialDataKind.NationalId,
        ["nino"] = FinancialDataKind.NationalId,
        ["taxid"] = FinancialDataKind.NationalId,
        ["taxnumber"] = FinancialDataKind.NationalId,
        ["taxidentifier"] = FinancialDataKind.NationalId,
        ["taxidentificationnumber"] = FinancialDataKind.NationalId,
        ["taxpayerid"] = FinancialDataKind.NationalId,
        ["itin"] = FinancialDataKind.NationalId,
        ["idnumber"] = FinancialDataKind.NationalId,
        ["idno"] = FinancialDataKind.NationalId,
        ["identitynumber"] = FinancialDataKind.NationalId,
        ["identificationnumber"] = FinancialDataKind.NationalId,
        ["personalnumber"] = FinancialDataKind.NationalId,
        ["privatenumber"] = FinancialDataKind.NationalId,
        ["passportnumber"] = FinancialDataKind.NationalId,
        ["passportno"] = FinancialDataKind.NationalId,
        ["nationalcode"] = FinancialDataKind.NationalId,
        ["bvnnumber"] = FinancialDataKind.NationalId,
    };

    // National and tax id numbers known by their own acronym or name, each a whole word of the identifier (Cpf,
    // CustomerPesel, dni_cliente): Brazil's CPF and CNPJ, Poland's PESEL, India's Aadhaar, Mexico's CURP, the
    // Netherlands' BSN, Portugal's and Spain's NIF and DNI, Nigeria's NIN, a taxpayer identification number (TIN),
    // Singapore's NRIC, Ireland's PPSN, Argentina's CUIT and CUIL, Russia's SNILS, Nigeria's BVN (the bank verification
    // number every bank customer holds, tied to their biometrics and accounts). Not PAN: in payment code those
    // letters are the card number (FG1001's), far more often than India's tax id. Not RFC (Mexico's tax id) except
    // as the whole name: Rfc3339, RfcDate are standards.
    // Issue 18, held-out set 16: the personal numeric codes of Bulgaria (EGN), Croatia (OIB), the former Yugoslav
    // states (JMBG, North Macedonia's EMBG) and Vietnam's identity card numbers (CMND, the older card; CCCD, the
    // citizen identity card). Romania's CNP is in AmbiguousNationalIdAcronyms: in payment code the same letters are
    // "card not present".
    // Not Brazil's CNPJ (issue 18, held-out set 18): it is a company's registry number, public record printed on every
    // invoice (Banco.CNPJ, BancoCNPJ, Empresa.Cnpj), not a person's data.
    private static readonly HashSet<string> NationalIdAcronyms = new HashSet<string>(StringComparer.Ordinal)
    {
        "cpf", "pesel", "aadhaar", "aadhar", "curp", "bsn", "nif", "dni", "nin", "tin", "nric", "ppsn", "cuit",
        "cuil", "snils", "bvn", "egn", "oib", "jmbg", "embg", "cmnd", "cccd",
        // Pakistan's CNIC (computerised national identity card number; held-out set 20: AmlData.CNIC, StoreKyc.CNIC).
        "cnic",
    };

    // National id acronyms that are also payment terms: Romania's CNP (cod numeric personal) is "card not present" in
    // card code (IsCnp, CnpFee, CnpTransactionId). Only the acronym alone, with number words, or named for its holder
    // (Cnp, CNP, CnpNumber, CustomerCnp, UserCnp) is the personal number.
    // Brazil's RG (registro geral, the identity card number; held-out set 18: Passageiro.RG, CNH.RG) likewise: two
    // letters that are also a resource group or a colour channel elsewhere, so only Rg, RG, RgNumero, ClienteRg-style
    // names held for a person.
    // El Salvador's DUI (documento unico de identidad; held-out set 19: Usuario.Dui) likewise: in insurance and driving
    // code the same letters are a drink-driving conviction (DuiConviction, HasDui), so only the number held for a person.
    // Myanmar's and Zambia's NRC (national registration card number; issue 18, set 25: TblCustomer.Nrc of a loan tracker)
    // likewise: in telecom and billing code the same letters are a non-recurring charge (NrcAmount, TotalNrc).
    private static readonly HashSet<string> AmbiguousNationalIdAcronyms = new HashSet<string>(StringComparer.Ordinal) { "cnp", "rg", "dui", "nrc" };

    // Short acronyms that are also letters of common words (Destination, Running, Unified): the prefilter looks for
    // them as whole words only (see HasWholeWord).
    // NID (Bangladesh's and others' national identity card number: GuarantorNID, NidNo, NIDNumber) too.
    // TC (Turkey's T.C. Kimlik No, the citizen's identity number: TcNo, TCKimlikNo) and NIB (Portugal's bank account
    // number, numero de identificacao bancaria) too (held-out set 17).
    private static readonly string[] ShortNationalIdAcronyms = { "cpf", "rfc", "bsn", "nif", "dni", "nin", "tin", "nric", "ppsn", "cuit", "cuil", "cbu", "nid", "cnp", "egn", "oib", "embg", "cmnd", "cccd", "tc", "nib", "rg", "dui", "nrc" };

    // Words before "id number" / "identity number" that keep it a person's national id: nothing (IdNumber), or a
    // citizen, person or resident qualifier. Any other qualifier names another thing's number: OrderIdNumber,
    // VehicleIdentificationNumber (a VIN), DotIdNumber (a carrier's registration), UserIdNumber.
    private static readonly HashSet<string> PersonIdQualifiers = new HashSet<string>(StringComparer.Ordinal)
    {
        "citizen", "person", "personal", "resident", "civil", "government", "national",
        // A person's other or second identity document (OtherIdNo, SecondaryIdNumber beside the national id).
        "other", "alternate", "alternative", "secondary", "additional",
    };

    // Holders named before "identity card" (UserIdentityCard, ClientIdentityCard): the card is theirs.
    private static readonly HashSet<string> IdentityCardHolders = new HashSet<string>(StringComparer.Ordinal)
    {
        "user", "client", "customer", "holder", "owner", "applicant", "borrower", "employee",
    };

    /// <summary>Classifies a member, parameter or local by its name; <paramref name="containingTypeName"/> disambiguates bare "AccountNumber".</summary>
    public static FinancialDataKind Classify(string name, string? containingTypeName, DataProtectionNameOptions options)
    {
        // Brazil's RG is the one two-letter name (see AmbiguousNationalIdAcronyms).
        if (name.Length < 3 && !string.Equals(name, "rg", StringComparison.OrdinalIgnoreCase))
        {
            return FinancialDataKind.None;
        }

        // Rule out the many unrelated names without allocating (the container counts: BankAccount.Number).
        if (!options.HasExtraNames && !MayNameFinancialData(name) && (containingTypeName == null || !MayNameFinancialData(containingTypeName)))
        {
            return FinancialDataKind.None;
        }

        string normalized = IdentifierWords.Normalize(name);
        if (options.IsConfiguredSafe(normalized))
        {
            return FinancialDataKind.None;
        }

        if (options.IsConfiguredExtra(normalized))
        {
            return FinancialDataKind.BankAccountNumber;
        }

        if (IsFinName(name) || (IsInnName(name) && !IsSafe(IdentifierWords.Split(name))))
        {
            return FinancialDataKind.NationalId;
        }

        List<string> words = IdentifierWords.Split(name);
        if (NamesWalletSecret(words, containingTypeName))
        {
            return FinancialDataKind.WalletSecret;
        }

        if (IsSafe(words))
        {
            return FinancialDataKind.None;
        }

        if (NamesSomethingAboutTheValue(words))
        {
            return FinancialDataKind.None;
        }

        FinancialDataKind kind = ClassifyWords(words, containingTypeName);
        if (kind == FinancialDataKind.None)
        {
            kind = ClassifyLocalNames(words, containingTypeName);
        }

        if (kind != FinancialDataKind.None)
        {
            return kind;
        }

        return words.Count == 1 && JoinedNames.TryGetValue(normalized, out FinancialDataKind joined) ? joined : FinancialDataKind.None;
    }

    // Every name Classify can recognise contains one of these fragments; a superset is fine, a miss is not.
    private static readonly string[] FinancialFragments =
    {
        "acc", "amount", "balance", "bank", "bban", "bsb", "iban", "iin", "itin", "aba", "nino", "national", "routing", "sort",
        "ssn", "social", "tax", "insurance", "idn", "id_n", "idc", "id_c", "identi", "personal", "private", "passport",
        "citizen", "fiscal", "soc", "pesel", "aadha", "curp", "snils", "bvn",
        // Nigeria's NUBAN and Mexico's CLABE (bank account numbers), the Spanish and Portuguese account number
        // (numero de cuenta, numero da conta) and the Latin American identity card (cedula).
        "nuban", "clabe", "cuenta", "conta", "cedul",
        // Local names (ForeignNames): Iran's IBAN, Indonesia's id card, tax number and bank account, German account
        // numbers; and a crypto wallet's keys.
        "sheba", "shaba", "ktp", "npwp", "rek", "konto", "mnemonic", "seed", "recovery",
        // Polish konta, the account's (numer konta: account number; held-out set 22).
        "konta",
        // India's tax PAN card (PanCardNo) and the Spanish and Portuguese balance (saldo).
        "pancard", "saldo",
        // Personal numbers of Central and Eastern Europe and Vietnam's identity cards (NationalIdAcronyms).
        "jmbg",
        // Turkish account (hesap), balance (bakiye) and identity (kimlik) words (held-out set 17).
        "hesap", "bakiye", "kimlik",
        // The Portuguese and Spanish passport, a government-issued id (GovernmentID) and the balance misspelt as the
        // Norwegian and Russian transliteration "balanse" (held-out set 18).
        "passaporte", "pasaporte", "government", "balanse",
        // The French balance (solde; held-out set 19: Client.solde).
        "solde",
        // Vietnamese account number (so tai khoan: STK, SoTK, SoTaiKhoan), balance (so du) and Pakistan's CNIC (held-out
        // set 20).
        "stk", "sotk", "taikhoan", "sodu", "cnic",
        // The Turkish tax number (vergi numarasi: VergiNo; held-out set 21).
        "vergi",
    };

    internal static bool MayNameFinancialData(string name)
    {
        if (IdentifierWords.ContainsAnyFragment(name, FinancialFragments) || IsFinName(name) || IsInnName(name))
        {
            return true;
        }

        foreach (string acronym in ShortNationalIdAcronyms)
        {
            if (HasWholeWord(name, acronym))
            {
                return true;
            }
        }

        return false;
    }

    // Whether a lower-case word occurs in the identifier as one of its words, without allocating: it starts the name,
    // follows a separator or starts a capitalised word (CustomerTin, customer_tin, TIN, TINNumber), and ends the name,
    // precedes a separator or digit, or is followed by a new capitalised word. Not "tin" in Destination or Setting.
    private static bool HasWholeWord(string name, string word)
    {
        for (int at = name.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = name.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            char first = name[at];
            bool starts = at == 0 || !char.IsLetter(name[at - 1]) || (char.IsUpper(first) && char.IsLower(name[at - 1]));
            int end = at + word.Length;
            char last = name[end - 1];
            bool ends = end == name.Length || !char.IsLetter(name[end])
                || (char.IsLower(last) && char.IsUpper(name[end]))
                || (char.IsUpper(last) && char.IsUpper(name[end]) && end + 1 < name.Length && char.IsLower(name[end + 1]));
            if (starts && ends)
            {
                return true;
            }
        }

        return false;
    }

    // Azerbaijan's FIN (fərdi identifikasiya nömrəsi, the personal identification number on every identity card) and
    // Singapore's FIN (foreign identification number), as the whole name in capitals only: "Fin" is also the Spanish and
    // French word for the end (FechaFin, Fin), and finance abbreviated.
    private static bool IsFinName(string name) => name == "FIN";

    // Russia's INN (taxpayer identification number, of persons and companies alike; held-out set 21: LegalEntity.INN):
    // the whole name (INN, inn), the acronym in capitals as a whole word (ClientINN, INN_Client), or "inn" before a number
    // word (InnNo, inn_number). Not a Pascal-case "Inn" alone (a hotel) nor the letters inside a word (InnerText, RINN).
    private static bool IsInnName(string name)
    {
        if (name.IndexOf("nn", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return false;
        }

        if (name is "INN" or "inn")
        {
            return true;
        }

        for (int at = name.IndexOf("INN", StringComparison.Ordinal); at >= 0; at = name.IndexOf("INN", at + 1, StringComparison.Ordinal))
        {
            int end = at + 3;
            bool starts = at == 0 || !char.IsLetter(name[at - 1]) || char.IsLower(name[at - 1]);
            bool ends = end == name.Length || !char.IsLetter(name[end]) || (char.IsUpper(name[end]) && end + 1 < name.Length && char.IsLower(name[end + 1]));
            if (starts && ends)
            {
                return true;
            }
        }

        if (!HasWholeWord(name, "inn"))
        {
            return false;
        }

        List<string> words = IdentifierWords.Split(name);
        for (int i = 0; i + 1 < words.Count; i++)
        {
            if (words[i] == "inn" && NumberWords.Contains(words[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    // Words after the value's own words that make the member a document or fact about it, not the value: the uploaded
    // scan of an id card (NationalIdPhotoUrl, PassportImagePath, IdCardFileName), its expiry or issue date.
    private static readonly HashSet<string> AboutTheValueWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "url", "uri", "link", "path", "image", "images", "img", "photo", "photos", "picture", "pic", "scan", "scanned", "file",
        "files", "filename", "attachment", "upload", "uploaded", "selfie", "expiry", "expiration", "expires", "expire", "date",
        "issued",
    };

    // Words for a picture of the document that name it in front too (PhotoDni, FotoCpf, ScanPassportNumber, ImagenDni;
    // held-out set 18: the file name of a DNI photo): the member is the image, not the number on it.
    private static readonly HashSet<string> DocumentImageWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "photo", "photos", "picture", "pic", "image", "images", "img", "scan", "scanned", "selfie", "foto", "fotos", "imagen", "imagem",
    };

    private static bool NamesSomethingAboutTheValue(List<string> words)
    {
        if (words.Count > 1 && DocumentImageWords.Contains(words[0]))
        {
            return true;
        }

        for (int i = 1; i < words.Count; i++)
        {
            if (AboutTheValueWords.Contains(words[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether an integer member named as an identity document's id is that document's row key (a foreign key:
    /// <c>int? PassportId</c>, <c>long NationalIdId</c>, <c>int IdCardId</c>), not the number printed on it.
    /// </summary>
    public static bool IsDocumentRowKey(string name, ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        if (type.SpecialType is not (SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_UInt32 or SpecialType.System_UInt64 or SpecialType.System_Int16))
        {
            return false;
        }

        List<string> words = IdentifierWords.Split(name);
        int last = words.Count - 1;
        if (last >= 1 && words[last] == "id" && words[last - 1] is "passport" or "id" or "card" or "identity")
        {
            return true;
        }

        // The key of a tax setup row, named for what the tax applies to (TransactionTaxId, SalesTaxId, ApplicableTaxId;
        // held-out set 10): a foreign key to a tax type or rate. A party's tax id (CustomerTaxId) stays reported.
        return last >= 2 && words[last] == "id" && words[last - 1] == "tax" && !TaxPartyWords.Contains(words[last - 2]);
    }

    /// <summary>
    /// Whether a bare 32-bit integer <c>TaxId</c> is the key of a tax rate row (held-out set 17: a service's or an invoice
    /// line's GST rate): its type keys its other rows by integer ids too (<c>ServiceId</c>, <c>BranchId</c>,
    /// <c>TaxTypeId</c>). A person's tax number does not fit in an <c>int</c> in most countries and is kept as text or
    /// a <c>long</c>; a type whose only integer id is <c>TaxId</c> stays reported.
    /// </summary>
    public static bool IsTaxRateKey(string name, ITypeSymbol type, INamedTypeSymbol owner)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        if (type.SpecialType is not (SpecialType.System_Int32 or SpecialType.System_Int16) || !string.Equals(name, "TaxId", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        foreach (ISymbol member in owner.GetMembers())
        {
            if (member is IPropertySymbol { IsStatic: false } property && property.Name.Length > 2 && !string.Equals(property.Name, name, StringComparison.Ordinal)
                && property.Name.EndsWith("Id", StringComparison.OrdinalIgnoreCase)
                && (property.Type.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int16 or SpecialType.System_Int64
                    || property.Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T }))
            {
                return true;
            }
        }

        return false;
    }

    // Parties whose tax identification number a "<party> tax id" is.
    private static readonly HashSet<string> TaxPartyWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "customer", "client", "company", "business", "merchant", "vendor", "supplier", "employee", "employer", "person",
        "personal", "user", "owner", "holder", "payer", "payee", "seller", "buyer", "member", "director", "partner",
        "national", "federal", "individual", "corporate", "investor", "borrower", "applicant", "beneficiary", "contractor",
        "tenant", "landlord", "provider", "agent", "organization", "organisation", "entity", "account", "taxpayer",
    };

    /// <summary>
    /// FG3001's classification of a stored member, which sees the member's type and its siblings: <see cref="Classify"/>,
    /// plus three forms that a name alone does not settle (issue 18, held-out sets 6, 10 and 11):
    /// <list type="bullet">
    /// <item>the bare number of a bank account record (<c>Account.Number</c>, <c>BankAccount.Number</c>, <c>Cuenta.Numero</c>),
    /// not of a login, ledger, loan or loyalty account;</item>
    /// <item>the account a movement comes from or goes to, as text (<c>Transaction.SourceAccount</c>, <c>Transfer.ToAccount</c>):
    /// the account's number. Not the debit and credit accounts of bookkeeping (general-ledger codes), and not
    /// numeric members, which are the account row's key;</item>
    /// <item>the bare ends of a bank movement, as text (<c>Transaction.From</c>, <c>Transfer.To</c>), not of a blockchain
    /// transaction (an address) or a message;</item>
    /// <item>a bare <c>IdCard</c> text, the identity card's number, unless the type names foreign keys <c>IdX</c>
    /// (<c>IdUser</c>, <c>IdApp</c>): there <c>IdCard</c> is a payment card's row id.</item>
    /// </list>
    /// </summary>
    public static FinancialDataKind ClassifyStoredMember(IPropertySymbol property, INamedTypeSymbol type, DataProtectionNameOptions options)
    {
        string name = property.Name;
        FinancialDataKind kind = Classify(name, type.Name, options);

        // Russia's INN beside a KPP or OGRN (codes only organisations have; set 19 labels GenosStorExpress's
        // LegalEntity.INN next to KPP a public business number, set 21 the same shape positive): a company's tax number
        // is published on its invoices, not a person's identity. A person's INN has neither beside it.
        if (kind == FinancialDataKind.NationalId && IsInnName(name) && (HasMemberNamed(type, "KPP") || HasMemberNamed(type, "OGRN")))
        {
            return FinancialDataKind.None;
        }

        if (kind != FinancialDataKind.None || name.Length > 20 || options.IsConfiguredSafe(IdentifierWords.Normalize(name)))
        {
            return kind;
        }

        bool text = property.Type.SpecialType == SpecialType.System_String;
        if (name.IndexOf("ccount", StringComparison.Ordinal) > 0 && text)
        {
            List<string> words = IdentifierWords.Split(name);
            return words.Count == 2 && words[1] == "account" && MovementEnds.Contains(words[0]) && !NamesNonBankAccountRecord(type.Name)
                ? FinancialDataKind.BankAccountNumber
                : FinancialDataKind.None;
        }

        // A bank movement's bare ends (Transaction.From, Transfer.To; held-out set 5): the accounts' numbers as text.
        // A bare Source only beside its other end (Destination, Target): alone it is where the record came from (a
        // webhook, an admin check; held-out set 17), not an account.
        if (name is "From" or "To" or "Source" or "Destination" or "Sender" or "Receiver" && text && NamesBankMovement(type.Name)
            && (name != "Source" || HasMemberNamed(type, "Destination") || HasMemberNamed(type, "Target")))
        {
            return FinancialDataKind.BankAccountNumber;
        }

        if (name is "Number" or "Numero" or "No" or "Nr" && NamesBankAccountRecord(type.Name))
        {
            return FinancialDataKind.BankAccountNumber;
        }

        // The Portuguese and Spanish account beside its branch (held-out set 20: Transacao.Conta and ContaFisica.ContaCorrente
        // next to Agencia): Brazilian and Latin American banks identify an account by branch and account number, so the
        // bare "account" (or checking or savings account) held as text beside the branch is the account's number.
        if (text && IsLocalBareAccountName(name) && (HasMemberNamed(type, "Agencia") || HasMemberNamed(type, "Agência") || HasMemberNamed(type, "NumeroAgencia")))
        {
            return FinancialDataKind.BankAccountNumber;
        }

        // Vietnamese wallet balances named as accounts (held-out set 20: ApplicationUser.TaiKhoanChinh, the main account, and
        // TaiKhoanKhuyenMai, the promotional one, both decimal): a money-typed "tai khoan" is the money the account holds.
        if (IsMoneyType(property.Type) && IsVietnameseAccountBalanceName(name) && !NamesDebtContainer(type.Name))
        {
            return FinancialDataKind.BalanceOrAmount;
        }

        // The bare number of an identity document's record (CitizenIdentity.Number, IdentityCard.No, Passport.Number;
        // held-out set 16): the document's number, the national id.
        if (name is "Number" or "Numero" or "No" or "Nr" && text && NamesIdentityDocumentRecord(type.Name))
        {
            return FinancialDataKind.NationalId;
        }

        // A person's "nationality id" held as text with no Nationality navigation or lookup beside it (NationalityId,
        // held-out set 16): the national identity number, named by a translation. Beside a Nationality member, or as a
        // number, it is the key of a nationality row.
        if (text && IsNationalityIdName(name) && !HasMemberNamed(type, "Nationality"))
        {
            return FinancialDataKind.NationalId;
        }

        if (name is "IdCard" or "IDCard" && text && !NamesIdPrefixedKeys(type))
        {
            return FinancialDataKind.NationalId;
        }

        if (text && IsPersonalIdText(name))
        {
            return FinancialDataKind.NationalId;
        }

        // Names whose siblings settle them (issue 18, held-out set 15): a smart card beside the national id is the smart
        // national identity card (Bangladesh's: Member.SmartCard next to NationalID).
        if (text && IsSmartCardName(name) && HasNationalIdSibling(type, property.Name, options))
        {
            return FinancialDataKind.NationalId;
        }

        // Poland's NIP (numer identyfikacji podatkowej, the tax id) beside Poland's personal number, the PESEL (held-out set
        // 23: Person.NIP next to PESEL and the identity card), as text or a number. Elsewhere the same letters are Nigeria's
        // NIBSS instant payments (NipTransfer, NIPBanks), Indonesia's civil-servant staff number (Pegawai.NIP, beside the
        // NPWP tax number; held-out set 22) and the French PIN.
        if (IsNipName(name) && HasPeselSibling(type))
        {
            return FinancialDataKind.NationalId;
        }

        // A bare PAN on an Indian identity record (KYC, Aadhaar, date of birth, no card field) is India's tax Permanent
        // Account Number: the same test FG1 uses to leave it alone (CardDataNames.NamesTaxPan), so what FG1 calls the tax
        // id FG3001 reports as one.
        if (text && name.IndexOf("pan", StringComparison.OrdinalIgnoreCase) >= 0 && CardDataNames.IsBareTaxPanName(IdentifierWords.Split(name))
            && CardDataNames.HasTaxIdentityContext(type.Name, MemberNamesWithBases(type, property.Name)))
        {
            return FinancialDataKind.NationalId;
        }

        return FinancialDataKind.None;
    }

    /// <summary>
    /// Whether a name is a bare personal id (<c>PersonalId</c>, <c>PersonalID</c>, <c>ClientPersonalId</c>) that names the
    /// person's national (birth) number when it holds text (held-out set 15: a client's personal id written by an
    /// INSERT as nvarchar). As a number it stays a key: in Spanish and German code <c>Personal</c> is the staff, and
    /// <c>int PersonalId</c> the key of a staff row.
    /// </summary>
    public static bool IsPersonalIdText(string name)
    {
        if (name.IndexOf("ersonal", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return false;
        }

        List<string> words = IdentifierWords.Split(name);
        int last = words.Count - 1;
        return last >= 1 && words[last] == "id" && words[last - 1] == "personal"
            && (last == 1 || (last == 2 && IdentityCardHolders.Contains(words[0])));
    }

    // NationalityId, NationalityID, NationalityNumber, NationalityNo.
    private static bool IsNationalityIdName(string name)
    {
        if (!name.StartsWith("Nationality", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        List<string> words = IdentifierWords.Split(name);
        return words.Count == 2 && words[0] == "nationality" && (words[1] == "id" || NumberWords.Contains(words[1]));
    }

    private static bool HasMemberNamed(INamedTypeSymbol type, string member)
    {
        int depth = 0;
        for (INamedTypeSymbol? current = type; current != null && current.SpecialType != SpecialType.System_Object && depth < 8; current = current.BaseType, depth++)
        {
            foreach (string name in current.MemberNames)
            {
                if (string.Equals(name, member, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // CitizenIdentity, NationalIdentity, IdentityCard, IdCard, NationalIdCard, CitizenIdCard, NationalId, Passport,
    // IdentityDocument (then maybe a storage suffix): a record of one identity document. Not a bare Identity (ASP.NET
    // Identity's user) and not a card of anything else.
    private static bool NamesIdentityDocumentRecord(string typeName)
    {
        if (typeName.IndexOf("dent", StringComparison.OrdinalIgnoreCase) < 0 && typeName.IndexOf("Id", StringComparison.Ordinal) < 0
            && typeName.IndexOf("assport", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return false;
        }

        List<string> words = IdentifierWords.Split(typeName);
        int last = words.Count - 1;
        while (last > 0 && StorageSuffixWords.Contains(words[last]))
        {
            last--;
        }

        if (last < 0)
        {
            return false;
        }

        string? previous = last > 0 ? words[last - 1] : null;
        return words[last] switch
        {
            "passport" => last == 0 || PersonIdQualifiers.Contains(previous!) || IdentityCardHolders.Contains(previous!),
            "identity" or "identification" => previous is "citizen" or "national" or "personal" or "resident",
            "card" => previous is "identity" or "id" or "citizenship",
            "document" => previous is "identity" or "id" or "identification",
            "id" => previous == "national",
            _ => false,
        };
    }

    // SmartCard, SmartCardNo, SmartCardNumber.
    private static bool IsSmartCardName(string name)
    {
        if (!name.StartsWith("Smart", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        List<string> words = IdentifierWords.Split(name);
        return words.Count >= 2 && words.Count <= 3 && words[0] == "smart" && words[1] == "card" && (words.Count == 2 || NumberWords.Contains(words[2]));
    }

    // A member of the type or its bases that names the PESEL (Pesel, PESEL, PeselNumber, NrPesel).
    private static bool HasPeselSibling(INamedTypeSymbol type)
    {
        int depth = 0;
        for (INamedTypeSymbol? current = type; current != null && current.SpecialType != SpecialType.System_Object && depth < 8; current = current.BaseType, depth++)
        {
            foreach (string member in current.MemberNames)
            {
                if (member.IndexOf("pesel", StringComparison.OrdinalIgnoreCase) >= 0 && IdentifierWords.Split(member).Contains("pesel"))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Nip, NIP, NipNumber, NrNip, NumerNip: the acronym alone or with a number word.
    private static bool IsNipName(string name)
    {
        if (name.Length > 10 || name.IndexOf("nip", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return false;
        }

        List<string> words = IdentifierWords.Split(name);
        return (words.Count == 1 && words[0] == "nip")
            || (words.Count == 2 && ((words[0] == "nip" && NumberWords.Contains(words[1])) || (words[1] == "nip" && (NumberWords.Contains(words[0]) || words[0] == "numer"))));
    }

    // Another member of the type (or its bases) is a national id: the smart card beside it is the national id card.
    private static bool HasNationalIdSibling(INamedTypeSymbol type, string self, DataProtectionNameOptions options)
    {
        int depth = 0;
        for (INamedTypeSymbol? current = type; current != null && current.SpecialType != SpecialType.System_Object && depth < 8; current = current.BaseType, depth++)
        {
            foreach (string member in current.MemberNames)
            {
                if (member != self && MayNameFinancialData(member) && Classify(member, current.Name, options) == FinancialDataKind.NationalId)
                {
                    return true;
                }
            }
        }

        return false;
    }

    // The names of the other members of a type and its bases (at most eight levels), for the tests that read siblings.
    private static IEnumerable<string> MemberNamesWithBases(INamedTypeSymbol type, string self)
    {
        int depth = 0;
        for (INamedTypeSymbol? current = type; current != null && current.SpecialType != SpecialType.System_Object && depth < 8; current = current.BaseType, depth++)
        {
            foreach (string member in current.MemberNames)
            {
                if (member != self)
                {
                    yield return member;
                }
            }
        }
    }

    // Transaction, Transfer, BankTransaction, TransferEntity: the movement word is the type's last word before a storage
    // suffix. Not a blockchain's or a message's (an address, a mailbox), not a ledger's or a loyalty scheme's.
    private static bool NamesBankMovement(string typeName)
    {
        List<string> words = IdentifierWords.Split(typeName);
        int last = words.Count - 1;
        while (last > 0 && StorageSuffixWords.Contains(words[last]))
        {
            last--;
        }

        if (last < 0 || words[last] is not ("transaction" or "transactions" or "transfer" or "transfers" or "remittance" or "remittances"))
        {
            return false;
        }

        foreach (string word in words)
        {
            if (word is "crypto" or "blockchain" or "chain" or "eth" or "ethereum" or "btc" or "bitcoin" or "token" or "nft" or "onchain"
                || NonBankAccountRecordWords.Contains(word) || NonBankAccountContainers.Contains(word))
            {
                return false;
            }
        }

        return true;
    }

    // The ends of a movement between accounts.
    private static readonly HashSet<string> MovementEnds = new HashSet<string>(StringComparer.Ordinal)
    {
        "source", "destination", "dest", "from", "to", "sender", "receiver", "beneficiary", "recipient", "origin", "originating", "target",
    };

    // Words of accounts that are not bank accounts: logins, ledgers, loans, loyalty schemes, processors' mirrors.
    private static readonly HashSet<string> NonBankAccountRecordWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "user", "login", "email", "game", "player", "loyalty", "reward", "rewards", "points", "bonus", "expense", "expenses",
        "chart", "social", "cloud", "storage", "service", "system", "platform", "internal", "tenant", "subscription", "utility",
        "contable", "contabil",
    };

    private static bool NamesNonBankAccountRecord(string typeName)
    {
        foreach (string word in IdentifierWords.Split(typeName))
        {
            if (NonBankAccountRecordWords.Contains(word) || NonBankAccountContainers.Contains(word) || DebtContainerWords.Contains(word) || ProcessorMirrorWords.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    // Account, BankAccount, SavingsAccount, AccountEntity, Cuenta, CuentasAhorro: the account word is the type's last
    // word before a storage suffix (or, in Spanish and Portuguese, its first), and no word makes it a non-bank account.
    private static bool NamesBankAccountRecord(string typeName)
    {
        List<string> words = IdentifierWords.Split(typeName);
        int last = words.Count - 1;
        while (last > 0 && StorageSuffixWords.Contains(words[last]))
        {
            last--;
        }

        bool account = last >= 0 && (words[last] is "account" or "accounts" or "bankaccount" || words[0] is "cuenta" or "cuentas" or "conta" or "contas");
        return account && !NamesNonBankAccountRecord(typeName);
    }

    // Another member named IdX (IdUser, IdApp, IdOperation): the type names its foreign keys so.
    private static bool NamesIdPrefixedKeys(INamedTypeSymbol type)
    {
        foreach (string member in type.MemberNames)
        {
            if (member.Length > 2 && member[0] == 'I' && member[1] == 'd' && char.IsUpper(member[2])
                && !member.StartsWith("IdCard", StringComparison.Ordinal) && !member.StartsWith("IdNumber", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a name marks a protected or derived form: masked, last four, token, hash, encrypted...</summary>
    public static bool IsSafeForm(string name) => IsSafe(IdentifierWords.Split(name));

    /// <summary>True for FG3001's kinds (identifiers of a person's or account's money), false for balances and amounts.</summary>
    public static bool IsAccountOrIdentity(FinancialDataKind kind) => kind != FinancialDataKind.None && kind != FinancialDataKind.BalanceOrAmount;

    /// <summary>
    /// Whether FG3001/FG3002 report the kind where the data is stored: not routing numbers, sort codes and BSBs (they
    /// identify the bank or branch, not the customer, and are printed on every cheque; issue 18, all labelled sets call
    /// them <c>none</c>). Logging rules still see them. A team that wants them reported adds the names through
    /// <c>finguard.data_protection.extra_names</c>.
    /// </summary>
    public static bool IsReportedWhenStored(FinancialDataKind kind) => kind != FinancialDataKind.None && kind != FinancialDataKind.RoutingNumber;

    // Local names of account data (issue 18, held-out set 8), a small list of whole words as for national ids above:
    // Iran's IBAN is the Sheba (Shaba) number; Indonesia's identity card (KTP) and taxpayer number (NPWP) are printed
    // numbers, and an Indonesian "nomor rekening" (Dutch "rekeningnummer", German "Kontonummer") is a bank account
    // number. Not NIK: in Indonesian payroll code it is as often the employee number (nomor induk karyawan).
    private static readonly HashSet<string> LocalIbanWords = new HashSet<string>(StringComparer.Ordinal) { "sheba", "shaba" };

    // The cedula (cedula de identidad) is the national identity card number of most of Latin America and the Dominican
    // Republic (held-out set 11: Cedula on ASP.NET Identity users).
    // The Spanish identificacion (numero de identificacion) is the person's identity document number (held-out set 15:
    // Cliente.Identificacion); TipoIdentificacion, the document's type, stays silent as any other word does.
    private static readonly HashSet<string> LocalNationalIdWords = new HashSet<string>(StringComparer.Ordinal) { "ktp", "npwp", "cedula", "identificacion", "identificación" };

    // Spanish cuenta and Portuguese conta next to a number word are the bank account number (NumeroCuenta, NroCuenta,
    // NumeroDeCuenta, NumeroConta; held-out sets 8 and 11).
    // Turkish hesap next to a number word is the bank account number too (HesapNo, HesapNumarasi; held-out set 17).
    // Polish numer konta (NumerKonta, NrKonta; held-out set 22): konta is konto's genitive.
    private static readonly HashSet<string> LocalAccountWords = new HashSet<string>(StringComparer.Ordinal) { "rekening", "rek", "konto", "konta", "cuenta", "conta", "hesap" };

    // Ledger accounts of Spanish and Portuguese accounting code (cuenta contable, conta contabil): not bank accounts.
    private static readonly HashSet<string> LocalLedgerWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "contable", "contables", "contabil", "contabilidad", "mayor", "auxiliar",
    };

    // "Number" where those words are used: Indonesian nomor (no, nr), Dutch and German nummer, Spanish and Portuguese
    // numero (nro, num), Turkish numara (numarasi), Polish numer.
    private static readonly HashSet<string> LocalNumberWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "number", "num", "no", "nbr", "nr", "nomor", "nomer", "nummer", "numero", "nro", "numara", "numarasi", "numarası", "numer",
    };

    // Words that join a number word to its noun or name the document without changing it: numero de cuenta, cedula de
    // identidad.
    private static readonly HashSet<string> LocalFillerWords = new HashSet<string>(StringComparer.Ordinal) { "de", "da", "del", "identidad" };

    private static readonly Dictionary<string, FinancialDataKind> LocalJoinedNames = new Dictionary<string, FinancialDataKind>(StringComparer.Ordinal)
    {
        ["norek"] = FinancialDataKind.BankAccountNumber,
        ["norekening"] = FinancialDataKind.BankAccountNumber,
        ["nomorrekening"] = FinancialDataKind.BankAccountNumber,
        ["rekeningnummer"] = FinancialDataKind.BankAccountNumber,
        ["kontonummer"] = FinancialDataKind.BankAccountNumber,
        ["kontonr"] = FinancialDataKind.BankAccountNumber,
        ["noktp"] = FinancialDataKind.NationalId,
        ["ktpno"] = FinancialDataKind.NationalId,
        ["nonpwp"] = FinancialDataKind.NationalId,
        ["npwpno"] = FinancialDataKind.NationalId,
        ["numerocuenta"] = FinancialDataKind.BankAccountNumber,
        ["nrocuenta"] = FinancialDataKind.BankAccountNumber,
        ["numcuenta"] = FinancialDataKind.BankAccountNumber,
        ["numeroconta"] = FinancialDataKind.BankAccountNumber,
        ["hesapno"] = FinancialDataKind.BankAccountNumber,
    };

    /// <summary>
    /// The value itself under its local name: the Sheba, KTP or NPWP word alone or with number words and digits around it
    /// (<c>Shaba</c>, <c>ShebaNumber</c>, <c>KtpNo</c>, <c>NoKtp</c>, <c>KtpNo1</c>, <c>Npwp</c>), or an account word next to a
    /// number word (<c>NoRekening</c>, <c>NomorRekening</c>, <c>RekeningNummer</c>, <c>KontoNr</c>). Any other word makes it
    /// something about the document (<c>NpwpName</c>, <c>NpwpAddress</c>, <c>IsNpwp</c>, <c>LokasiKtp</c>, <c>PhotoKtp</c>) or
    /// about the account (<c>NamaRekening</c>, the account holder's name; <c>RekeningKoran</c>, a bank statement).
    /// </summary>
    private static FinancialDataKind ClassifyLocalNames(List<string> words, string? containingTypeName)
    {
        if (words.Count == 1 && LocalJoinedNames.TryGetValue(words[0], out FinancialDataKind joined))
        {
            return joined;
        }

        FinancialDataKind vietnamese = ClassifyVietnameseNames(words, containingTypeName);
        if (vietnamese != FinancialDataKind.None)
        {
            return vietnamese;
        }

        if (EndsWithLocalAccountNumber(words))
        {
            return FinancialDataKind.BankAccountNumber;
        }

        FinancialDataKind found = FinancialDataKind.None;
        for (int i = 0; i < words.Count; i++)
        {
            string word = words[i];
            if (LocalAccountWords.Contains(word))
            {
                // NumeroCuenta, NumeroDeCuenta, CuentaNumero; not a ledger account (NumeroCuentaContable).
                bool numbered = (i > 0 && LocalNumberWords.Contains(words[i - 1]))
                    || (i > 1 && LocalFillerWords.Contains(words[i - 1]) && LocalNumberWords.Contains(words[i - 2]))
                    || (i + 1 < words.Count && LocalNumberWords.Contains(words[i + 1]));
                return numbered && !NamesLedger(words) ? FinancialDataKind.BankAccountNumber : FinancialDataKind.None;
            }

            if (LocalIbanWords.Contains(word) || LocalNationalIdWords.Contains(word))
            {
                if (found != FinancialDataKind.None)
                {
                    return FinancialDataKind.None;
                }

                found = LocalIbanWords.Contains(word) ? FinancialDataKind.Iban : FinancialDataKind.NationalId;
                continue;
            }

            if (!LocalNumberWords.Contains(word) && !LocalFillerWords.Contains(word) && !IsDigits(word))
            {
                return FinancialDataKind.None;
            }
        }

        return found;
    }

    // Words after a Vietnamese account number that name which end of a transfer it is: chuyen (sending), nhan (receiving),
    // gui (depositing), nguoi nhan / nguoi gui (recipient, sender), thu huong (beneficiary), di / den (from, to).
    private static readonly HashSet<string> VietnameseTransferEndWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "chuyen", "nhan", "gui", "nguoi", "thu", "huong", "di", "den",
    };

    // Words after a Vietnamese balance that keep it the account's balance: kha dung (available), hien tai (current), tai
    // khoan / tk (of the account), cuoi / dau (closing, opening), vi (wallet).
    private static readonly HashSet<string> VietnameseBalanceWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "kha", "dung", "hien", "tai", "khoan", "tk", "cuoi", "dau", "vi",
    };

    // The organisation itself as the first word of its own account record (CompanyAccount, CompanyBankAccount,
    // OrganisationBankDetails).
    private static readonly HashSet<string> OwnOrganisationWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "company", "organisation", "organization", "empresa",
    };

    private static readonly HashSet<string> AccountRecordWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "account", "accounts", "bank", "banks", "detail", "details", "info", "payment", "entity", "record",
    };

    /// <summary>
    /// Whether a stored member of <paramref name="typeName"/> is the bank account of the company's own account record
    /// (held-out set 20: <c>CompanyAccount.Iban</c>, <c>CompanyBankAccount.AccountNumber</c>): the payment instructions the
    /// organisation prints on its invoices for customers to pay into, published business data rather than a person's. A
    /// supplier's bank account stays reported (it can be redirected), as do tax ids of any party (a sole proprietor's EIN
    /// is their SSN).
    /// </summary>
    public static bool IsCompanysOwnAccountRecord(FinancialDataKind kind, string typeName)
    {
        if (kind is not (FinancialDataKind.BankAccountNumber or FinancialDataKind.Iban or FinancialDataKind.RoutingNumber))
        {
            return false;
        }

        List<string> words = IdentifierWords.Split(typeName);
        int last = words.Count - 1;
        while (last > 0 && StorageSuffixWords.Contains(words[last]))
        {
            last--;
        }

        if (last < 1 || !OwnOrganisationWords.Contains(words[0]))
        {
            return false;
        }

        bool account = false;
        for (int i = 1; i <= last; i++)
        {
            if (!AccountRecordWords.Contains(words[i]))
            {
                return false;
            }

            account |= words[i] is "account" or "accounts" or "bank" or "banks";
        }

        return account;
    }

    // Records that are the application's own configuration (Setting, AppSettings, SiteConfiguration) or a public
    // institution or place (Bank, City, Municipality): one row per setting, bank or town, not per customer.
    private static readonly HashSet<string> ReferenceRecordWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "setting", "settings", "configuration", "configurations", "config", "configs", "bank", "banks", "city", "cities",
        "municipality", "municipalities", "town", "towns",
    };

    // Qualifiers of a configuration record that keep it the application's (AppSetting, SystemSettings, GlobalConfig).
    private static readonly HashSet<string> ApplicationQualifierWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "app", "application", "site", "system", "platform", "global", "general", "web", "website",
    };

    // Member words that tie a record to a person or party who owns the account (UserId, Employee, CustomerId, Owner).
    private static readonly HashSet<string> AccountOwnerWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "user", "users", "customer", "customers", "client", "clients", "employee", "employees", "person", "persons", "people",
        "member", "members", "owner", "owners", "holder", "student", "students", "staff", "worker", "workers", "partner",
        "supplier", "suppliers", "vendor", "vendors", "merchant", "merchants", "seller", "sellers", "beneficiary", "payee",
        "applicant", "borrower", "tenant", "agent", "agents", "driver", "drivers", "profile", "instructor", "teacher", "doctor",
        "patient",
    };

    /// <summary>
    /// Whether a stored account number or IBAN belongs to a reference record that no person owns (held-out set 23: a city's
    /// published budget IBAN, a bank's own IBAN in the banks table, the platform's own deposit account in its settings row):
    /// the type is named as the application's configuration or as a bank or place (<c>Setting</c>, <c>AppSettings</c>,
    /// <c>Bank</c>, <c>City</c>), and no member links it to an owner (<c>UserId</c>, <c>Employee</c>, <c>CustomerId</c>,
    /// <c>AccountHolder</c>). An employee's <c>Bank</c> row with an <c>EmployeeId</c>, or <c>UserSettings</c>, stays reported.
    /// </summary>
    public static bool IsUnownedReferenceRecord(FinancialDataKind kind, INamedTypeSymbol type)
    {
        if (kind is not (FinancialDataKind.BankAccountNumber or FinancialDataKind.Iban or FinancialDataKind.RoutingNumber))
        {
            return false;
        }

        List<string> words = IdentifierWords.Split(type.Name);
        int last = words.Count - 1;
        while (last > 0 && (StorageSuffixWords.Contains(words[last]) || words[last] == "model"))
        {
            last--;
        }

        if (last < 0 || last > 1 || !ReferenceRecordWords.Contains(words[last])
            || (last == 1 && !(ApplicationQualifierWords.Contains(words[0]) && words[last] is "setting" or "settings" or "configuration" or "config")))
        {
            return false;
        }

        // A bank or place is a row of its own only with its name beside the account (Bank.Name, City.CityName, Bank.FullBankName); a Bank row
        // of a key, an account number and a statement text is one person's account (issue 18: EmployeePayrollApi's Bank).
        bool configuration = words[last] is "setting" or "settings" or "configuration" or "configurations" or "config" or "configs";
        bool hasOwnName = configuration;
        int depth = 0;
        for (INamedTypeSymbol? current = type; current != null && current.SpecialType != SpecialType.System_Object && depth < 8; current = current.BaseType, depth++)
        {
            foreach (ISymbol member in current.GetMembers())
            {
                if (member is not (IPropertySymbol or IFieldSymbol) || member.IsImplicitlyDeclared)
                {
                    continue;
                }

                hasOwnName |= member.Name.EndsWith("Name", StringComparison.Ordinal);

                foreach (string word in IdentifierWords.Split(member.Name))
                {
                    if (AccountOwnerWords.Contains(word))
                    {
                        return false;
                    }
                }

                ITypeSymbol? memberType = member is IPropertySymbol property ? property.Type : ((IFieldSymbol)member).Type;
                if (memberType is INamedTypeSymbol { IsGenericType: true } generic && generic.TypeArguments.Length == 1)
                {
                    memberType = generic.TypeArguments[0];
                }

                if (memberType is INamedTypeSymbol { SpecialType: SpecialType.None } named && named.Locations.Length > 0 && named.Locations[0].IsInSource)
                {
                    foreach (string word in IdentifierWords.Split(named.Name))
                    {
                        if (AccountOwnerWords.Contains(word))
                        {
                            return false;
                        }
                    }
                }
            }
        }

        return hasOwnName;
    }

    // Conta, ContaCorrente, ContaPoupanca, Cuenta, CuentaCorriente, CuentaAhorro: the account (checking, savings) itself.
    private static bool IsLocalBareAccountName(string name)
    {
        if (name.Length > 16 || (!name.StartsWith("Conta", StringComparison.Ordinal) && !name.StartsWith("Cuenta", StringComparison.Ordinal)))
        {
            return false;
        }

        List<string> words = IdentifierWords.Split(name);
        return words.Count == 1 || (words.Count == 2 && words[1] is "corrente" or "corriente" or "poupanca" or "ahorro" or "ahorros");
    }

    // TaiKhoanChinh, TaiKhoanPhu, TaiKhoanKhuyenMai: the main, secondary and promotional accounts of a wallet.
    private static bool IsVietnameseAccountBalanceName(string name)
    {
        if (!name.StartsWith("TaiKhoan", StringComparison.Ordinal))
        {
            return false;
        }

        List<string> words = IdentifierWords.Split(name);
        if (words.Count < 3)
        {
            return false;
        }

        for (int i = 2; i < words.Count; i++)
        {
            if (words[i] is not ("chinh" or "phu" or "khuyen" or "mai" or "thuong" or "vi"))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsMoneyType(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        return type.SpecialType is SpecialType.System_Decimal or SpecialType.System_Int64 or SpecialType.System_Double;
    }

    /// <summary>
    /// Vietnamese names (held-out set 20, EF6 entities of a banking app): the account number, so tai khoan, written out
    /// (<c>SoTaiKhoan</c>) or abbreviated (<c>SoTK</c>, <c>STK</c>), alone, numbered (<c>STK1</c>, the name EF's generator gives
    /// the column of a table also called STK) or named for the end of a transfer (<c>STKChuyen</c>, <c>STKNhan</c>,
    /// <c>SoTKNguoiNhan</c>); and the balance, so du (<c>SoDu</c>, <c>SoDuKhaDung</c>), not on a debt's record. Any other word
    /// makes it something else: <c>StkPush</c> is M-Pesa's request-to-pay, <c>SoTKNganHang</c>-style names stay
    /// silent rather than guess.
    /// </summary>
    private static FinancialDataKind ClassifyVietnameseNames(List<string> words, string? containingTypeName)
    {
        int start = words[0] switch
        {
            "stk" or "sotk" or "sotaikhoan" => 1,
            "so" when words.Count > 1 && words[1] == "tk" => 2,
            "so" when words.Count > 2 && words[1] == "tai" && words[2] == "khoan" => 3,
            "so" when words.Count > 1 && words[1] == "du" => -2,
            "sodu" => -1,
            _ => 0,
        };
        if (start == 0)
        {
            return FinancialDataKind.None;
        }

        bool balance = start < 0;
        for (int i = balance ? -start : start; i < words.Count; i++)
        {
            if (!IsDigits(words[i]) && !(balance ? VietnameseBalanceWords : VietnameseTransferEndWords).Contains(words[i]))
            {
                return FinancialDataKind.None;
            }
        }

        if (!balance)
        {
            return FinancialDataKind.BankAccountNumber;
        }

        return NamesDebtContainer(containingTypeName) ? FinancialDataKind.None : FinancialDataKind.BalanceOrAmount;
    }

    /// <summary>
    /// A local account number named for whose it is (held-out set 17): the name ends with an account word and a number
    /// word (and digits), whatever precedes them: the sender's, recipient's or incoming transfer's account number
    /// (<c>GonderenHesapNo</c>, <c>AliciHesapNo</c>, <c>GelenTransferHesapNo</c>, <c>ZielKontoNr</c>). Not a ledger account.
    /// </summary>
    private static bool EndsWithLocalAccountNumber(List<string> words)
    {
        int last = words.Count - 1;
        while (last > 0 && IsDigits(words[last]))
        {
            last--;
        }

        return last >= 2 && LocalNumberWords.Contains(words[last]) && LocalAccountWords.Contains(words[last - 1]) && !NamesLedger(words);
    }

    private static bool NamesLedger(List<string> words)
    {
        foreach (string word in words)
        {
            if (LocalLedgerWords.Contains(word) || NonBankAccountContainers.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDigits(string word)
    {
        foreach (char c in word)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return word.Length > 0;
    }

    // Containing types that hold a custodial crypto wallet: its private key or recovery phrase is the money itself.
    private static readonly HashSet<string> WalletContainerWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "wallet", "wallets", "cryptowallet",
    };

    /// <summary>
    /// A custodial crypto wallet's secret (issue 18, held-out set 8): its mnemonic, seed or recovery phrase anywhere
    /// (<c>Mnemonic</c>, <c>SeedPhrase</c>, <c>RecoveryPhrase</c>), and its private key on a wallet type
    /// (<c>WalletEntity.PrivateKey</c>, <c>CryptoWallet.PrivateKeyHex</c>). Whoever reads the row moves the coins. Not a
    /// private key elsewhere (a certificate's or a signing key's is a secret, not account data: FG4's), not public keys or
    /// addresses, and never the protected forms (<c>EncryptedPrivateKey</c>, <c>PrivateKeyHash</c>).
    /// </summary>
    private static bool NamesWalletSecret(List<string> words, string? containingTypeName)
    {
        bool secret = false;
        for (int i = 0; i < words.Count; i++)
        {
            string word = words[i];
            string? next = i + 1 < words.Count ? words[i + 1] : null;
            switch (word)
            {
                case "mnemonic" or "mnemonics":
                case "seed" or "recovery" when next is "phrase" or "words":
                case "private" when next == "key" && NamesWalletContainer(containingTypeName):
                    secret = true;
                    break;
                case "encrypted" or "encrypt" or "encryption" or "cipher" or "ciphertext" or "hash" or "hashed" or "protected" or "masked"
                    or "sealed" or "wrapped" or "vault" or "reference" or "ref" or "id" or "path" or "file" or "url" or "name" or "length" or "size"
                    or "version" or "public" or "type" or "format":
                    return false;
            }
        }

        return secret;
    }

    private static bool NamesWalletContainer(string? typeName)
    {
        if (typeName == null || typeName.IndexOf("allet", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return false;
        }

        foreach (string word in IdentifierWords.Split(typeName))
        {
            if (WalletContainerWords.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A short human name for messages: "bank account number", "IBAN"...</summary>
    public static string Describe(FinancialDataKind kind) => kind switch
    {
        FinancialDataKind.BankAccountNumber => "a bank account number",
        FinancialDataKind.Iban => "an IBAN",
        FinancialDataKind.RoutingNumber => "a routing number or sort code",
        FinancialDataKind.NationalId => "a social security, national or tax id",
        FinancialDataKind.BalanceOrAmount => "a balance or amount",
        FinancialDataKind.WalletSecret => "a crypto wallet's private key or recovery phrase",
        _ => "sensitive data",
    };

    private static FinancialDataKind ClassifyWords(List<string> words, string? containingTypeName)
    {
        FinancialDataKind amount = FinancialDataKind.None;
        for (int i = 0; i < words.Count; i++)
        {
            string word = words[i];
            string? next = i + 1 < words.Count ? words[i + 1] : null;
            string? previous = i > 0 ? words[i - 1] : null;
            switch (word)
            {
                case "iban":
                case "ibans":
                    return FinancialDataKind.Iban;
                // Documented national bank account numbers: Nigeria's NUBAN (the 10-digit account number every Nigerian
                // bank account has), Mexico's CLABE and Argentina's CBU (the 18- and 22-digit interbank account numbers).
                case "bban" or "nuban" or "clabe" or "cbu":
                    return FinancialDataKind.BankAccountNumber;
                // Portugal's NIB (numero de identificacao bancaria, the domestic bank account number), alone or before
                // a number word (Nib, NIB, NibNumber); not NibImage, NibBank.
                case "nib" when next == null || NumberWords.Contains(next):
                    return FinancialDataKind.BankAccountNumber;
                // Turkey's identity number (T.C. Kimlik No): TcNo, TCNo, TCKimlikNo, TcKimlik, KimlikNo, MusteriTcNo.
                // Not a bare Tc (a temperature, terms and conditions) and not the card's other facts (KimlikSeri,
                // TcKimlikFoto).
                case "tc" when (next != null && LocalNumberWords.Contains(next)) || (next == "kimlik" && (i + 2 == words.Count || LocalNumberWords.Contains(words[i + 2]))):
                    return FinancialDataKind.NationalId;
                case "kimlik" when next != null && LocalNumberWords.Contains(next):
                    return FinancialDataKind.NationalId;
                // The Turkish tax number, vergi numarasi (VergiNo, VergiNumarasi, VergiKimlikNo; held-out set 21); not the
                // tax office (VergiDairesi) or other facts about the tax.
                case "vergi" when (next != null && LocalNumberWords.Contains(next)) || (next == "kimlik" && i + 2 < words.Count && LocalNumberWords.Contains(words[i + 2])):
                    return FinancialDataKind.NationalId;
                case "ssn":
                case "ssns":
                case "nino":
                case "itin":
                    return FinancialDataKind.NationalId;
                // IIN: the individual identification number (Kazakhstan's national id and others). In card code the
                // same letters are the issuer identification number (the BIN, first six digits, not sensitive): a
                // card, issuer or BIN word in the name or its type keeps it out.
                case "iin" or "iins" when !NamesCardIssuer(words) && !NamesCardIssuer(containingTypeName):
                    return FinancialDataKind.NationalId;
                case "social" when next is "security" or "insurance":
                    return FinancialDataKind.NationalId;
                case "soc" when next == "sec":
                    return FinancialDataKind.NationalId;
                case "rfc" when words.Count == 1:
                    return FinancialDataKind.NationalId;
                // NID, the national identity card number (Bangladesh, and others): the whole name or its last word, or
                // before a number word (GuarantorNID, NidNo, NIDNumber); not NidImage, NidId (the image's or row's key).
                case "nid" when next == null || NumberWords.Contains(next):
                    return FinancialDataKind.NationalId;
                // India's PAN card is the tax card (Permanent Account Number): PanCard, PanCardNo, PanCardNumber. Nobody
                // calls a payment card a "PAN card"; a bare PAN is left to the stored-member check (its siblings tell).
                case "pan" when CardDataNames.IsPanCardAt(words, i) && next == "card" && (i + 2 == words.Count || (i + 3 == words.Count && NumberWords.Contains(words[i + 2]))):
                    return FinancialDataKind.NationalId;
                case var acronym when NationalIdAcronyms.Contains(acronym):
                    return FinancialDataKind.NationalId;
                case var acronym when AmbiguousNationalIdAcronyms.Contains(acronym) && IsHeldPersonalNumber(words, i):
                    return FinancialDataKind.NationalId;
                // A person's id number: IdNumber, IdentityNumber, IdCardNumber, PersonalIdNumber, CitizenIdentityNumber.
                // The identity number of a named holder too (UserIdentityNumber, CustomerIdentityNumber; held-out set 21):
                // "identity" is the document's; a holder's "IdNumber" (UserIdNumber) is as often the row's number.
                case "id" or "identity" or "identification" when (previous == null || PersonIdQualifiers.Contains(previous) || (word == "identity" && IdentityCardHolders.Contains(previous))) && IsIdNumber(words, i + 1):
                    // Not "personal identification number": that is a PIN (FG1's).
                    if (!(word == "identification" && previous == "personal"))
                    {
                        return FinancialDataKind.NationalId;
                    }

                    break;
                // The identity card itself, named alone or for its holder (IdentityCard, UserIdentityCard): the card's
                // number, the national id (the Dominican and Latin American cedula, held-out set 11). A bare "IdCard" is
                // left to the stored-member check: in code that names foreign keys IdX (IdUser, IdApp) it is a card's row id.
                case "identity" when next == "card" && i + 2 == words.Count && (previous == null || PersonIdQualifiers.Contains(previous) || IdentityCardHolders.Contains(previous)):
                    return FinancialDataKind.NationalId;
                // Sweden's personnummer, Georgia's personal or private number. Not a bare "personal id": in Spanish and
                // German code "Personal" is the staff, and PersonalId the key of a staff row.
                case "personal" when NumberWords.Contains(next ?? ""):
                    return FinancialDataKind.NationalId;
                case "private" when previous == null && NumberWords.Contains(next ?? ""):
                    return FinancialDataKind.NationalId;
                case "passport" when NumberWords.Contains(next ?? "") || next == "id":
                    return FinancialDataKind.NationalId;
                // The Portuguese and Spanish passport (Passaporte, NumeroPassaporte, PasaporteNo; held-out set 18): the
                // word names the document's number, as "passport" alone does not in English code (a Passport object).
                case "passaporte" or "pasaporte" when next == null || LocalNumberWords.Contains(next):
                    return FinancialDataKind.NationalId;
                // A government-issued id (GovernmentID, GovernmentIdNumber; held-out set 18: Turkish customers' national id).
                case "government" when next is "id" or "identifier" or "identification" or "identity" && (i + 2 == words.Count || NumberWords.Contains(words[i + 2])):
                    return FinancialDataKind.NationalId;
                case "citizen" or "citizenship" when NumberWords.Contains(next ?? "") || next == "code":
                    return FinancialDataKind.NationalId;
                // Italy's codice fiscale, Portugal's numero fiscal.
                case "fiscal" when next is "code" or "id" or "identifier" or "identification" || NumberWords.Contains(next ?? ""):
                    return FinancialDataKind.NationalId;
                // Not "national number": that is usually the national part of a phone number (libphonenumber's NationalNumber).
                // Iran's national code (codeMelli) too; not nationality.
                case "national" when next is "id" or "identifier" or "identity" or "identification" or "insurance" or "code":
                    return FinancialDataKind.NationalId;
                case "tax" or "taxpayer" when next is "id" or "identifier" or "identification" || NumberWords.Contains(next ?? ""):
                    return FinancialDataKind.NationalId;
                case "routing" when next == "code" || NumberWords.Contains(next ?? ""):
                    return FinancialDataKind.RoutingNumber;
                case "aba" when next == "routing" || NumberWords.Contains(next ?? ""):
                    return FinancialDataKind.RoutingNumber;
                case "sort" when next == "code":
                    return FinancialDataKind.RoutingNumber;
                case "bsb":
                    return FinancialDataKind.RoutingNumber;
                case "account" or "acct" or "acc" when next != null && NumberWords.Contains(next):
                    if (IsBankAccount(previous, containingTypeName) && !NamesNumberingSetting(words, i + 2))
                    {
                        return FinancialDataKind.BankAccountNumber;
                    }

                    break;
                case "bank" when next == "account" && (i + 2 == words.Count || NumberWords.Contains(words[i + 2])):
                    return FinancialDataKind.BankAccountNumber;
                // Only balances: a stored-value balance is what a tampered row turns into money. Order, payment and
                // transaction amounts are not account data PCI DSS asks to encrypt, and most "Amount" members are
                // quantities, measures or points (FG3002 reports balances only; see docs/rules/FG3002.md).
                // Stored value only (wallet, prepaid, account, card and gift-card balances, and snapshots of them such
                // as a balance before or after a movement): not what the customer owes (loan, mortgage, debt, unpaid or
                // outstanding balances, balances of a loan or liability record) and not by how much a balance changed.
                // Spanish and Portuguese saldo (Cuenta.Saldo, SaldoDisponible; held-out set 15) and Turkish bakiye
                // (HesapBakiye, held-out set 17) are the same figure.
                // French solde too (Client.Solde, SoldeCompte; held-out set 19); not the plural soldes, which are sales.
                // Not a balance of units that are not money (PointsBalance, LeaveBalance, EmailCreditsBalance).
                // Not the institution's own books (held-out set 21): a general-ledger, nostro, vostro or suspense balance
                // (GL_Balance, GlTodaysBalance, NostroBalance) or any balance of such an account's record (GlAccount.Balance).
                case "balance" or "balances" or "balanse" or "saldo" or "saldos" or "bakiye" or "solde" when !IsDebtOrDelta(words, containingTypeName) && !NamesDebtContainer(containingTypeName) && !ContainsNonMoneyUnit(words)
                    && !NamesInstitutionsOwnBooks(words) && (containingTypeName == null || !NamesInstitutionsOwnBooks(IdentifierWords.Split(containingTypeName))):
                    amount = FinancialDataKind.BalanceOrAmount;
                    break;
                // The account's own amount (issue 18, held-out set 8): on a bank account or wallet record, "Amount" or
                // "InitialAmount" is the money it holds, the figure every transfer updates (AccountEntity.Amount,
                // BankAccount.InitialAmount). An order's, payment's or transaction's amount stays silent: only the
                // account or wallet type itself counts (not AccountTransaction, not WalletTopUp).
                case "amount" when i == words.Count - 1 && IsAccountsOwnAmount(words) && NamesStoredValueAccount(containingTypeName):
                    amount = FinancialDataKind.BalanceOrAmount;
                    break;
            }
        }

        return amount;
    }

    // Words after "account number" that make the name a setting of how numbers are made or shown, not a number: a
    // product's AccNoGeneration (automatic or manual numbering) or AccNoOrNameFirst (which to print first; held-out set 17).
    private static readonly HashSet<string> NumberingSettingWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "generation", "generator", "generate", "generated", "or", "sequence", "series", "setting", "settings", "mode", "rule", "rules",
    };

    private static bool NamesNumberingSetting(List<string> words, int at)
        => at < words.Count && NumberingSettingWords.Contains(words[at]);

    // The acronym alone, or after a holder word, then nothing but number words: Cnp, CNP, CnpNumber, CustomerCnp.
    private static bool IsHeldPersonalNumber(List<string> words, int at)
    {
        if (at > 1 || (at == 1 && !IdentityCardHolders.Contains(words[0]) && !PersonIdQualifiers.Contains(words[0])))
        {
            return false;
        }

        for (int i = at + 1; i < words.Count; i++)
        {
            if (!NumberWords.Contains(words[i]))
            {
                return false;
            }
        }

        return true;
    }

    // The institution's own ledger: its general ledger (GL, GeneralLedger), its accounts with correspondents (nostro), the
    // correspondents' with it (vostro) and its suspense accounts. Their balances are the bank's books, not a customer's
    // stored value. Not "ledger" alone: a customer account's ledger balance is that customer's book balance.
    private static bool NamesInstitutionsOwnBooks(List<string> words)
    {
        for (int i = 0; i < words.Count; i++)
        {
            string word = words[i];
            if (word is "gl" or "nostro" or "vostro" or "suspense" or "generalledger"
                || (word == "general" && i + 1 < words.Count && words[i + 1] == "ledger"))
            {
                return true;
            }
        }

        return false;
    }

    // Words before "amount" that keep it the account's holding: Amount, InitialAmount, CurrentAmount, AvailableAmount.
    private static readonly HashSet<string> AccountAmountQualifiers = new HashSet<string>(StringComparer.Ordinal)
    {
        "initial", "current", "available", "account", "wallet", "money", "cash",
    };

    private static bool IsAccountsOwnAmount(List<string> words)
    {
        for (int i = 0; i < words.Count - 1; i++)
        {
            if (!AccountAmountQualifiers.Contains(words[i]))
            {
                return false;
            }
        }

        return true;
    }

    // Account and wallet records (BankAccount, AccountEntity, UserWallet, WalletModel): the account word is the type's
    // last word before a storage suffix. Not ledger, loyalty or login accounts, debts (LoanAccount) or a processor's
    // mirrored object (PaypalAccount).
    private static readonly HashSet<string> StorageSuffixWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "entity", "entities", "record", "row", "table", "db", "data", "info",
    };

    private static bool NamesStoredValueAccount(string? typeName)
    {
        if (typeName == null || (typeName.IndexOf("ccount", StringComparison.OrdinalIgnoreCase) < 0 && typeName.IndexOf("allet", StringComparison.OrdinalIgnoreCase) < 0))
        {
            return false;
        }

        List<string> words = IdentifierWords.Split(typeName);
        int last = words.Count - 1;
        while (last > 0 && StorageSuffixWords.Contains(words[last]))
        {
            last--;
        }

        if (last < 0 || words[last] is not ("account" or "accounts" or "bankaccount" or "wallet" or "wallets"))
        {
            return false;
        }

        foreach (string word in words)
        {
            if (NonBankAccountContainers.Contains(word) || DebtContainerWords.Contains(word) || ProcessorMirrorWords.Contains(word)
                || word is "loyalty" or "points" or "reward" or "rewards" or "bonus" or "expense" or "expenses" or "chart")
            {
                return false;
            }
        }

        return true;
    }

    // "number" (IdNumber), "card number" (IdCardNumber, IdentityCardNumber) or "document number" after the id word.
    private static bool IsIdNumber(List<string> words, int at)
    {
        if (at < words.Count && (words[at] == "card" || words[at] == "document"))
        {
            at++;
        }

        return at < words.Count && NumberWords.Contains(words[at]);
    }

    // Words that make a balance a debt (what someone owes) or a change of a balance rather than the stored value.
    private static readonly HashSet<string> DebtOrDeltaWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "unpaid", "outstanding", "owed", "owing", "due", "overdue", "arrears", "payoff", "principal", "loan", "loans", "mortgage",
        "mortgages", "debt", "debts", "liability", "liabilities", "lien", "changed", "change", "delta", "diff", "difference",
        "remaining", "amortised", "amortized", "amortisation", "amortization",
        // Spanish and Portuguese: pending, debt, owed, overdue, loan (SaldoPendiente, SaldoDeuda, SaldoPrestamo).
        "pendiente", "deuda", "adeudado", "vencido", "prestamo", "emprestimo", "devedor",
        // The balance of a sale (SalesBalanceAmount; held-out set 20): what the buyer has still to pay on it.
        "sale", "sales",
    };

    // Containing types whose balances are debts: LoanAccount.Balance, MortgageLiability.Balance, RefinanceLoanOption.
    private static readonly HashSet<string> DebtContainerWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "loan", "loans", "mortgage", "mortgages", "debt", "debts", "liability", "liabilities", "refinance", "refinancing", "lien", "liens",
        "invoice", "invoices", "bill", "bills", "installment", "installments", "instalment", "instalments", "rent", "lease", "leases",
        "tuition",
        // A sale, a receipt or a purchase (TrnSales.BalanceAmount, ReceivingReceipt.BalanceAmount; held-out set 20): the
        // balance of a trade document is what is left to pay on it, not money anyone holds.
        "sale", "sales", "receipt", "receipts", "receiving", "purchase", "purchases",
        // Spanish and Portuguese loans, debts, invoices, instalments and mortgages.
        "prestamo", "prestamos", "deuda", "deudas", "factura", "facturas", "cuota", "cuotas", "hipoteca", "emprestimo", "emprestimos",
        "fatura", "faturas",
    };

    // Units that are not money: a balance of them is a count (loyalty points, e-mail or SMS credits, leave days, stock).
    private static readonly HashSet<string> NonMoneyUnitWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "point", "points", "puntos", "credits", "emails", "email", "sms", "messages", "leave", "vacation", "hours", "days",
        "stock", "inventory", "qty", "quantity", "units", "miles", "reward", "rewards", "bonus",
    };

    private static bool ContainsNonMoneyUnit(List<string> words)
    {
        foreach (string word in words)
        {
            if (NonMoneyUnitWords.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether an identifier names a count of units that are not money (<c>TotalCreditsQty</c>, <c>PointsEarned</c>,
    /// <c>EmailsSent</c>): a balance computed from it is a balance of those units (held-out set 15: a balance of e-mail
    /// credits written with the credits quantity).
    /// </summary>
    public static bool NamesNonMoneyUnit(string identifier) => ContainsNonMoneyUnit(IdentifierWords.Split(identifier));

    // Containing types that mirror a payment processor's object (StripeCustomer, PaypalAccountModel): its balance is
    // the processor's figure copied locally, not stored value the application keeps.
    private static readonly HashSet<string> ProcessorMirrorWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "stripe", "paypal", "braintree", "adyen", "razorpay", "paystack", "flutterwave", "mollie", "worldpay", "klarna",
    };

    // Containing types whose remaining balance is stored value (GiftCard.RemainingBalance), not what is left to pay.
    private static readonly HashSet<string> StoredValueContainerWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "wallet", "wallets", "purse", "gift", "giftcard", "prepaid", "voucher", "vouchers", "card", "cards",
    };

    /// <summary>
    /// Whether a type that holds a balance is a bill, schedule or plan of payments: it has a due date or instalments
    /// (<c>DueDate</c>, <c>NextDueDate</c>, <c>NumberOfInstallments</c>), so its balance is what is left to pay.
    /// Also a credit line's record (a credit limit beside the balance, or a navigation to the record that has it) and a
    /// tenancy's (a lease or rent member): their balances are what the customer owes, not money held for them.
    /// </summary>
    public static bool IsBillOrPaymentPlan(INamedTypeSymbol type)
    {
        if (IsCreditLineRecord(type) || IsTenancyRecord(type))
        {
            return true;
        }

        // A savings or deposit record's instalments and due dates are deposits (a recurring deposit plan: SavingSummary's
        // SavingInstallment; held-out set 15): its balance is the money saved.
        // Nor is an account or card record that carries its own number (Account with AccountNumber or IBAN, CreditCard
        // with CardNumber; held-out set 18): its due date is the billing cycle's, and its balance the stored money.
        bool deposits = NamesSavingsRecord(type.Name) || IsAccountOrCardWithItsNumber(type);
        foreach (string member in type.MemberNames)
        {
            if (member.IndexOf("Due", StringComparison.Ordinal) < 0 && member.IndexOf("due", StringComparison.Ordinal) < 0
                && member.IndexOf("stalment", StringComparison.OrdinalIgnoreCase) < 0 && member.IndexOf("stallment", StringComparison.OrdinalIgnoreCase) < 0
                && member.IndexOf("loan", StringComparison.OrdinalIgnoreCase) < 0)
            {
                continue;
            }

            List<string> words = IdentifierWords.Split(member);
            for (int i = 0; i < words.Count; i++)
            {
                string word = words[i];
                if (word is "due" or "overdue" or "installment" or "installments" or "instalment" or "instalments" && !deposits)
                {
                    return true;
                }

                // A loan's own reference (LoanId, LoanAccountNumber, LoanContractNumber; issue 18, held-out sets 10 and
                // 11): the record is the loan's or one of its schedule rows, and its balance is what is left to repay.
                // Not a collection of loans (an account's Loans navigation names no single loan).
                if (word == "loan" && i + 1 < words.Count && words[i + 1] is "id" or "account" or "contract" or "number" or "no" or "ref" or "reference")
                {
                    return true;
                }
            }
        }

        return false;
    }

    // A credit card's or credit line's record (held-out set 19: Tarjeta with LimiteCredito beside Saldo and SaldoDisponible,
    // and Transaccion.SaldoDisponible navigating to that Tarjeta): its balance is the debt owed and its available balance
    // the limit minus that debt, neither of them money held for the customer. The credit limit sits on the type itself or
    // on a record one navigation away; not on a bank account or wallet record, where an overdraft limit leaves the
    // balance the customer's money.
    private static bool IsCreditLineRecord(INamedTypeSymbol type)
    {
        if (HasCreditLimitMember(type))
        {
            return true;
        }

        // A bank account or wallet that links to its credit cards (Account.CreditCards) keeps the customer's money; only a
        // record that is not itself an account takes the credit line from the record it navigates to (issue 18: set 5's
        // apollobank Account.Balance beside a CreditCards navigation).
        if (NamesStoredValueAccount(type.Name))
        {
            return false;
        }

        foreach (ISymbol member in type.GetMembers())
        {
            if (member is IPropertySymbol { IsStatic: false, Type: INamedTypeSymbol { TypeKind: TypeKind.Class, SpecialType: SpecialType.None } target }
                && !SymbolEqualityComparer.Default.Equals(target, type) && target.Locations.Length > 0 && target.Locations[0].IsInSource
                && HasCreditLimitMember(target))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasCreditLimitMember(INamedTypeSymbol type)
    {
        if (NamesStoredValueAccount(type.Name))
        {
            return false;
        }

        foreach (string member in type.MemberNames)
        {
            if (member.IndexOf("imit", StringComparison.OrdinalIgnoreCase) < 0 || member.IndexOf("redit", StringComparison.OrdinalIgnoreCase) < 0)
            {
                continue;
            }

            bool credit = false;
            bool limit = false;
            foreach (string word in IdentifierWords.Split(member))
            {
                credit |= word is "credit" or "credito" or "crédito" or "creditlimit";
                limit |= word is "limit" or "limite" or "límite" or "creditlimit";
            }

            if (credit && limit)
            {
                return true;
            }
        }

        return false;
    }

    // A tenant's or a let property's record (held-out set 19: Tenant.Balance beside Leases and MoveInDate): the balance is
    // the rent owed on the tenancy.
    private static bool IsTenancyRecord(INamedTypeSymbol type)
    {
        foreach (string member in type.MemberNames)
        {
            if (member.IndexOf("ease", StringComparison.OrdinalIgnoreCase) < 0 && member.IndexOf("ent", StringComparison.OrdinalIgnoreCase) < 0
                && member.IndexOf("ove", StringComparison.OrdinalIgnoreCase) < 0)
            {
                continue;
            }

            List<string> words = IdentifierWords.Split(member);
            for (int i = 0; i < words.Count; i++)
            {
                if (words[i] is "lease" or "leases" or "tenancy" or "tenancies" or "rent" or "rental" or "rentals"
                    || (words[i] == "move" && i + 1 < words.Count && words[i + 1] is "in" or "out"))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsAccountOrCardWithItsNumber(INamedTypeSymbol type)
    {
        if (type.Name.IndexOf("ccount", StringComparison.OrdinalIgnoreCase) < 0 && type.Name.IndexOf("card", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return false;
        }

        bool account = false;
        bool card = false;
        foreach (string word in IdentifierWords.Split(type.Name))
        {
            account |= word is "account" or "accounts";
            card |= word is "card" or "cards";
        }

        if (!account && !card)
        {
            return false;
        }

        foreach (string member in type.MemberNames)
        {
            FinancialDataKind kind = account ? Classify(member, type.Name, DataProtectionNameOptions.Empty) : FinancialDataKind.None;
            if (kind is FinancialDataKind.Iban or FinancialDataKind.BankAccountNumber)
            {
                return true;
            }

            if (card && CardDataNames.Classify(member, type.Name, null, CardDataNameOptions.Empty) == CardDataKind.Pan)
            {
                return true;
            }
        }

        return false;
    }

    private static bool NamesSavingsRecord(string typeName)
    {
        if (typeName.IndexOf("aving", StringComparison.OrdinalIgnoreCase) < 0 && typeName.IndexOf("eposit", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return false;
        }

        foreach (string word in IdentifierWords.Split(typeName))
        {
            if (word is "saving" or "savings" or "deposit" or "deposits")
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDebtOrDelta(List<string> words, string? containingTypeName)
    {
        foreach (string word in words)
        {
            if (DebtOrDeltaWords.Contains(word) && (word != "remaining" || !NamesStoredValueContainer(containingTypeName)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NamesStoredValueContainer(string? typeName)
    {
        if (typeName == null)
        {
            return false;
        }

        foreach (string word in IdentifierWords.Split(typeName))
        {
            if (StoredValueContainerWords.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    // A debt's record (LoanAccount, InstallmentPlan, RentInvoice) or a processor's mirrored object (StripeCustomerModel).
    private static bool NamesDebtContainer(string? typeName)
    {
        if (typeName == null)
        {
            return false;
        }

        foreach (string word in IdentifierWords.Split(typeName))
        {
            if (DebtContainerWords.Contains(word) || ProcessorMirrorWords.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> CardIssuerWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "card", "cards", "issuer", "issuing", "bin", "bins", "pan", "scheme", "brand", "network", "range", "ranges", "prefix",
    };

    private static bool NamesCardIssuer(string? typeName) => typeName != null && NamesCardIssuer(IdentifierWords.Split(typeName));

    private static bool NamesCardIssuer(List<string> words)
    {
        foreach (string word in words)
        {
            if (CardIssuerWords.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    // Owner qualifiers ("whose account"): a customer's or member's account number is a bank account's when the type that
    // holds it is that account itself (CustomerAccount.CustomerAccountNumber, MemberAccount.MemberAccountNumber); on a
    // customer, order or beneficiary record it is the merchant's own reference for the customer.
    // "cust" is customer abbreviated (vCustAccountNum on a POS customer row: the house account, held-out set 8).
    private static readonly HashSet<string> OwnerQualifiers = new HashSet<string>(StringComparer.Ordinal) { "customer", "cust", "member" };

    private static bool IsBankAccount(string? qualifier, string? containingTypeName)
    {
        if (qualifier != null)
        {
            // A loan's account number on the loan's own record (LoanSummary.LoanAccountNo; held-out set 15) is that
            // record's reference; on a bank's or customer's record it stays an account number.
            if (qualifier is "loan" or "loans" && NamesDebtContainer(containingTypeName))
            {
                return false;
            }

            return !NonBankAccountQualifiers.Contains(qualifier) || (OwnerQualifiers.Contains(qualifier) && IsOwnersAccountType(qualifier, containingTypeName));
        }

        // A bare AccountNumber: a bank account unless its type is clearly a ledger, loyalty or login account.
        if (containingTypeName != null)
        {
            foreach (string word in IdentifierWords.Split(containingTypeName))
            {
                if (NonBankAccountContainers.Contains(word))
                {
                    return false;
                }
            }
        }

        return true;
    }

    // CustomerAccount, CustomerAccountEntity, MemberAccount: the qualifier then "account" (then maybe "entity").
    private static bool IsOwnersAccountType(string qualifier, string? containingTypeName)
    {
        if (containingTypeName == null)
        {
            return false;
        }

        List<string> words = IdentifierWords.Split(containingTypeName);
        int count = words.Count > 0 && words[words.Count - 1] == "entity" ? words.Count - 1 : words.Count;
        return count == 2 && words[0] == qualifier && words[1] == "account";
    }

    private static bool IsSafe(List<string> words)
    {
        for (int i = 0; i < words.Count; i++)
        {
            string word = words[i];
            if (SafeWords.Contains(word))
            {
                return true;
            }

            string? next = i + 1 < words.Count ? words[i + 1] : null;
            if ((word == "last" || word == "first") && (next == "4" || next == "four" || next == "digits" || next == "2" || next == "two" || next == "6"))
            {
                return true;
            }
        }

        return false;
    }
}
