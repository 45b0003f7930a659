namespace FinGuard.Analyzers.Shared;

/// <summary>
/// Decides from an identifier whether it names a full card number (PAN). Precision first: a false positive
/// in a payments codebase teaches people to turn the rule off, so every signal is a whole-word match and
/// safe forms (masked, last four, token, hash, type, brand...) always win.
/// </summary>
internal static class CardDataNames
{
    // Words that make the number after "card" a card number: card number, card no, cc num...
    private static readonly HashSet<string> NumberWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "number", "num", "no", "nbr", "nr", "digits",
        // Misspellings that recur in real code (issue 18, set 14: CardNumbr, CardNubmer): only ever after "card".
        "numbr", "nubmer", "numbe", "nmber",
    };

    // "security" and its recurring misspellings (SecuityCode, SecruityCode, SecurtyCode in real payment DTOs).
    private static bool IsSecurityWord(string word)
        => word == "security" || word == "secuity" || word == "secruity" || word == "securty" || word == "securiy" || word == "sercurity";

    // Single words that already mean "card number" (lower-case identifiers the splitter cannot split).
    private static readonly HashSet<string> PanWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "pan", "ccn", "ccnum", "ccnumber", "ccno", "cardnumber", "cardnum", "cardno", "cardnbr",
        "creditcardnumber", "creditcardno", "creditcardnum", "debitcardnumber", "paymentcardnumber",
    };

    // "Credit card", "debit card", "bank card", "payment card" written as one word (Creditcard, Debitcard, Bankcard).
    private static readonly HashSet<string> GluedPaymentCardWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "creditcard", "debitcard", "bankcard", "paymentcard",
    };

    // Cards that are not payment cards: GiftCardNumber, LoyaltyCardNo, LibraryCardNumber, SimCardNumber...
    private static readonly HashSet<string> NonPaymentCardQualifiers = new HashSet<string>(StringComparer.Ordinal)
    {
        "gift", "giftcard", "loyalty", "library", "membership", "member", "identity", "sim", "business",
        "report", "score", "rewards", "reward", "punch", "key", "keycard", "access", "store", "discount",
        "student", "insurance", "health", "medical", "transit", "phone", "calling", "sd", "memory",
        "graphics", "video", "sound", "network", "wild", "index", "flash", "post", "postal", "greeting",
        "playing", "game", "trading", "product", "profile", "business", "contact", "vaccination", "voter",
        "employee", "badge", "club", "fuel", "green", "red", "yellow", "time", "rate", "dance", "report",
        // Transport, campus, patient and identity cards; points and VIP member cards (BusCardNo, CampusCardNo,
        // PatientCardNo, IdCardNumber, VipCardNo, BizCardNo).
        "bus", "metro", "subway", "transport", "traffic", "travel", "parking", "campus", "school", "canteen", "meal",
        "patient", "hospital", "citizen", "national", "id", "points", "vip", "biz", "marketing", "ration", "social",
        // Pay-TV smart cards (issue 18, sets 6, 8, 12): the smart_card_number/smartcardNumber of DSTV, GOtv and StarTimes
        // bill payments is the decoder's subscriber number, not a PAN; an EMV chip card is not called a smart card in
        // payment APIs.
        "smart", "decoder",
        // Alipay's documented alipay_card_no is the Alipay account (a phone number or e-mail), not a card.
        "alipay",
        // Access-control cards (issue 18, set 16: a safe-deposit app's MifareCardNumber): MIFARE, RFID, NFC and proximity
        // cards open doors, gates and rooms; their number is the chip's id, not a PAN.
        // ("gate" and "entry" stay out: PaymentGateCardNumber, ManualEntryCardNumber are payment cards.)
        "mifare", "rfid", "nfc", "proximity", "prox", "door", "room", "staff", "visitor", "attendance",
        // National identity cards (issue 18, set 17: AadhaarCardNo): India's Aadhaar card, a civil, resident or residence
        // card, an Emirates ID card, a NIC/NID (national identity card) and a passport card carry a person's national id,
        // which FG3001 reports; none is a payment card.
        "aadhaar", "aadhar", "adhaar", "civil", "resident", "residence", "emirates", "nic", "nid", "passport",
    };

    /// <summary>Whether a word before "card" makes it a card that is not a payment card (gift, loyalty, member, transit...).</summary>
    internal static bool IsNonPaymentCardQualifier(string word) => NonPaymentCardQualifiers.Contains(word);

    // Safe forms: never the full PAN. PCI DSS allows masked/truncated forms (first six, last four),
    // tokens and keyed hashes; metadata (type, brand, count, length, expiry) is not the PAN either.
    private static readonly HashSet<string> SafeWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "masked", "mask", "lastfour", "last4", "first6", "firstsix", "bin", "iin",
        "token", "tokens", "tokenized", "tokenised", "fingerprint", "hash", "hashed", "digest", "hmac",
        "encrypted", "encrypt", "encryption", "cipher", "ciphertext", "protected", "truncated", "redacted",
        "obfuscated", "type", "types", "brand", "network", "scheme", "count", "length", "len", "id", "ids",
        "expiry", "exp", "expiration", "expires", "suffix", "prefix", "display", "format", "formatted",
        "pattern", "regex", "validator", "validation", "reference", "ref", "label", "hint", "placeholder",
        "column", "key", "header", "path", "selector", "error", "errors", "message", "field", "name",
        "max", "min", "size", "mode", "kind", "style", "visible", "enabled", "required", "policy",
        "salt", "nonce", "iv",
        // Results and flags about a security code are not the code: CvcCheck, CvvResult, CvcStatus, CvvProvided.
        "check", "checks", "result", "results", "status", "response", "provided", "present", "supplied", "match",
        "matched", "matches", "verified", "requirement", "rule", "rules", "outcome",
        // CVD_Presence_Ind, CvvIndicator: whether a code was sent (First Data's CVD presence indicator), not the code.
        "presence", "indicator", "ind",
        // Flags: RequireCvc, HasCvv, IsPinSet, SkipCvcCheck; ForceCvc/Force3ds, the issuer's flag in a BIN or
        // installment lookup (iyzico's forceCvc), says whether a code must be asked for, not what it is.
        "require", "requires", "has", "is", "should", "skip", "allow", "allowed", "force", "forced",
        // Resp_CardNum, RespCvv: what the processor echoes in its response (masked), the short form of "response".
        "resp",
        // EncCardNumber, enc_pan: the usual short form of "encrypted" (a protection word too, so EncCvv stays SAD).
        "enc",
        // PartialCardNumber, PartialPan: a partial number keeps only some digits, like a masked or last-four form.
        "partial", "partially",
        // AttemptsCvv, PinAttempts, CvvRetries, PinTries (issue 18, set 17): a counter of tries at entering a code, not the code.
        "attempt", "attempts", "tries", "retries", "retry",
        // PanSeqNumber, PanSequenceNo (issue 18, set 22): EMV's PAN sequence number (tag 5F34), two digits telling cards
        // with one number apart, not the number; LRCTrack1, Track2Crc, TrackChecksum: a magnetic track's longitudinal
        // redundancy check (one character after the end sentinel) or another checksum, not the track.
        "seq", "sequence", "lrc", "crc", "checksum",
        // CardNumberEnding, CardEnding (issue 18, set 23): the digits the number ends with, i.e. its last four.
        "ending",
        // PanApiUrl, PanApplyDate (issue 18, set 24): an address or a date is never the number it is about.
        "url", "uri", "date",
    };

    // Protected forms: they make a PAN safe to hold (PCI DSS 3.5) but not a security code, PIN or track data, which
    // must not be kept after authorization "even if encrypted" (PCI DSS 3.3.1): EncryptedCvv, CvvHash are still SAD.
    private static readonly HashSet<string> ProtectionWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "encrypted", "encrypt", "encryption", "cipher", "ciphertext", "protected", "hash", "hashed", "digest", "hmac", "enc",
    };

    // Single words that mean "card security code" wherever they appear.
    private static readonly HashSet<string> SecurityCodeWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "cvv", "cvc", "cvv2", "cvc2", "cav2", "cvn", "cvd", "securitycode", "cardsecuritycode", "cardverificationcode",
        "cardverificationvalue", "cvvcode", "cvccode", "cardcode", "cvn2", "cvc3", "cvv3", "cardsecuritynumber",
        "cardverificationnumber",
        // CCcvv, CCCVV (issue 18, set 23): the credit card's CVV with the "CC" prefix glued on ("CCcvv" splits "c", "ccvv").
        "ccvv", "cccvv", "cccvc",
    };

    // Security-code abbreviations that are too common elsewhere (CID = correlation id) to trust without a card context.
    private static readonly HashSet<string> CardContextSecurityCodeWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "cid", "csc",
        // CCV: a common misspelling of CVV (CardCcv, CreditCard.Ccv), elsewhere the abbreviation of other things.
        "ccv",
    };

    /// <summary>Classifies a member, parameter or local by its name and, for bare names such as <c>Number</c>, by the type that declares it.</summary>
    public static CardDataKind Classify(string name, string? containingTypeName, IEnumerable<string>? siblingNames, CardDataNameOptions options)
    {
        if (name.Length < 3 && !string.Equals(name, "cc", StringComparison.OrdinalIgnoreCase))
        {
            // "no", "n", "x": too short to mean anything alone.
            return CardDataKind.None;
        }

        // Most names in a code base have nothing to do with cards: rule them out without allocating.
        if (!options.HasExtraNames && !MayNameCardData(name))
        {
            return CardDataKind.None;
        }

        // The normalized name is only compared with the user's configured names; most trees configure none.
        if (options.HasConfiguredNames)
        {
            string normalized = IdentifierWords.Normalize(name);
            if (options.IsConfiguredSafe(normalized))
            {
                return CardDataKind.None;
            }

            if (options.IsConfiguredExtra(normalized))
            {
                return CardDataKind.Pan;
            }
        }

        // TokenListFilter.TrackData, TransactionSort.CardNumber: the fields of a list query's filter or sort parameter
        // (filter[track_data], sort[card_number] = "asc") name what to search or order by, not card data the app holds.
        if (containingTypeName != null && (NamesQueryFilterOrSortType(containingTypeName) || NamesMaskedType(containingTypeName) || NamesGatewayCallbackType(containingTypeName)))
        {
            return CardDataKind.None;
        }

        List<string> words = IdentifierWords.Split(name);
        if (IdentifierWords.ContainsAnyWord(words, SafeWords) || HasTruncationPhrase(words))
        {
            // EncryptedCvv, CvvHash: encryption or hashing does not make a stored security code legal.
            return OnlyProtectionSafeWords(words) ? NotAnAccountPin(NamesSensitiveAuthenticationData(words, containingTypeName), words, name, containingTypeName, siblingNames) : CardDataKind.None;
        }

        if (NamesPan(words) || CardDataForeignNames.NamesPan(words))
        {
            // PanCardNo, PanNumber beside AadhaarNo: India's tax Permanent Account Number, not a payment card's.
            if (NamesTaxPan(words, containingTypeName, siblingNames))
            {
                return CardDataKind.None;
            }

            // CyberSourceAcknowledgement.ReqCardNumber, req_card_number: CyberSource Secure Acceptance's echo of the card
            // field, which it returns masked (xxxxxxxxxxxx1111); the payer typed the card on CyberSource's form.
            if (IsSecureAcceptanceCardEcho(words, name, siblingNames))
            {
                return CardDataKind.None;
            }

            // WorldPayPaymentSettings.CreditCard, ConfigurationModel.CreditCard: a payment-type setting, not a number.
            if (containingTypeName != null && words.Count == 2 && words[1] == "card" && words[0] is "credit" or "debit" && IsSettingsTypeName(containingTypeName))
            {
                return CardDataKind.None;
            }

            // KK_SaklamaRequest { Kart_No, KK_No, KK_CVV }, WalletTopUp { CardNumber, CreditCardNumber, Cvv } (issue 18, set 20):
            // where the credit card's number has its own explicit name, the bare card number beside it is another number
            // of the same API (a wallet or account card, the account a card is stored for).
            // On a type that is itself the credit card (KrediKarti { KartNumarasi, KrediKartiNumarasi }) both are its number.
            if (siblingNames != null && !(containingTypeName != null && NamesCreditCardType(containingTypeName))
                && IsBareCardNumberBesideCreditCard(name, words, siblingNames))
            {
                return CardDataKind.None;
            }

            // KycRequest { FirstName, DateOfBirth, Nin, CardNumber } (issue 18, set 24): a bare card number beside a national
            // identification number and no field of a payment card is the number of the national ID card being verified.
            if (siblingNames != null && NamesBareCardNumber(words) && HasNationalIdSibling(name, siblingNames))
            {
                return CardDataKind.None;
            }

            // MemberCard.CardNo, LoyaltyCardRequest.ExternalCardNo: the number of the non-payment card the type is about.
            return containingTypeName != null && NamesNonPaymentCardType(containingTypeName) ? CardDataKind.None : CardDataKind.Pan;
        }

        CardDataKind sensitive = NotAnAccountPin(NamesSensitiveAuthenticationData(words, containingTypeName), words, name, containingTypeName, siblingNames);
        if (sensitive == CardDataKind.SecurityCode && IsProcessorCheckReply(name, containingTypeName, siblingNames))
        {
            // TransactionResult.CVV2, FdCreditCardResp.cvv2: the processor's CVV2 match result (M, N, P, U) under the code's name.
            return CardDataKind.None;
        }

        // CardInfoRequestModel { PID, CID, Firstname, BirthDay, LaserNumber } (issue 18, set 19): a bare CID beside a person's
        // identity fields (birth date, citizen or national id, passport, an ID card's laser code) and no card number or other
        // card field is a citizen id on an identity-card check, not a card identification (security) code.
        if (sensitive == CardDataKind.SecurityCode && words.Count == 1 && words[0] == "cid" && HasCitizenIdentitySiblings(name, siblingNames))
        {
            return CardDataKind.None;
        }

        if (sensitive != CardDataKind.None)
        {
            return sensitive;
        }

        // PaymentInfo { CreditCardNumber, Ccv }, User { CardNumber, Pin }: a short or ambiguous name of a security code or
        // PIN that is card data only beside the card's number (issue 18, sets 9-12).
        if (siblingNames != null && containingTypeName != null)
        {
            CardDataKind besideCard = NamesCodeBesideCardNumber(words, name, containingTypeName, siblingNames);
            if (besideCard != CardDataKind.None)
            {
                return besideCard;
            }
        }

        // A bare "Number" is a PAN only on a type that is clearly a payment card: named like one and
        // carrying the card's other fields (expiry, CVC, holder). ProductCard.Number or Page.Number stay clean.
        // PlaceOrderInputModel { Number, Exp, Cvc }: whatever the type's name, a number beside both a security code and
        // an expiry is the card's (an invoice's Number beside its ExpiryDate has no security code).
        if (containingTypeName != null && siblingNames != null && (IsBareNumber(words) || CardDataForeignNames.IsBareNumber(words))
            && ((IsPaymentCardTypeName(containingTypeName) && HasCardSiblings(siblingNames)) || HasSecurityCodeAndExpirySiblings(siblingNames)))
        {
            return CardDataKind.Pan;
        }

        // LiqPayRequest { Card, CardCvv, CardExpMonth } (issue 18, set 23): a bare Card text beside the card's own security
        // code and expiry is its number (a Card elsewhere is a card object, a card type's name or a UI card).
        if (siblingNames != null && words.Count == 1 && words[0] == "card" && HasCardOwnCodeAndExpirySiblings(siblingNames))
        {
            return CardDataKind.Pan;
        }

        // PaymentDto { CartNumber, Month, Year, Cvc } (issue 18, set 18): "card" misspelt "cart", a card number only beside
        // the card's security code (a shopping cart's CartNumber sits beside items and totals, never a CVC).
        if (siblingNames != null && words.Count == 2 && words[0] == "cart" && NumberWords.Contains(words[1]) && HasSecurityCodeSibling(siblingNames))
        {
            return CardDataKind.Pan;
        }

        // CardSwipeEventArgs { AccountNumber, ExpirationDate, ServiceCode }: what a magnetic-stripe reader calls the account
        // number (the OPOS/UPOS Msr.AccountNumber) is the card's PAN when the card's expiry and service code or tracks are beside it.
        if (containingTypeName != null && siblingNames != null && NamesAccountNumber(words) && HasSwipedCardSiblings(name, siblingNames))
        {
            return CardDataKind.Pan;
        }

        // Track01Info { Raw, PAN, ExpirationDate, ServiceCode }, MagneticCardInfo { Track1, Track2, Raw } (issue 18, set 19): the
        // raw text of a swiped track or of the whole swipe, kept by a magnetic-stripe parser, is track data.
        if (containingTypeName != null && siblingNames != null && NamesRawSwipe(words, name, containingTypeName, siblingNames))
        {
            return CardDataKind.TrackData;
        }

        // record CardNumber { string Number; }, class CardNumberVO { string _bankCard; }: the value object that is the card
        // number holds it in its bare Number or in a member named for the card.
        if (containingTypeName != null && (IsBareNumber(words) || NamesPaymentCardItself(words)) && NamesPanValueType(containingTypeName))
        {
            return CardDataKind.Pan;
        }

        return CardDataKind.None;
    }

    /// <summary>
    /// A card number named by the bare card word, first or after one short prefix and with no qualifier: <c>Kart_No</c>,
    /// <c>KS_Kart_No</c>, <c>CardNo</c>, <c>CardNumber</c> (not <c>CreditCardNumber</c>, <c>PaymentGateCardNumber</c>,
    /// <c>Alici_Kart_No</c>). Alone it is judged as any card number;
    /// beside the credit card's own prefixed field group (<see cref="HasCreditCardFieldGroup"/>) it names another card or account.
    /// </summary>
    internal static bool NamesBareCardNumber(List<string> words)
    {
        for (int i = 0; i < words.Count; i++)
        {
            string word = words[i];
            bool bare = word is "cardno" or "cardnumber" or "cardnum" or "kartno"
                || ((word == "card" || CardDataForeignNames.IsBareCardWord(word)) && i + 1 < words.Count
                    && (NumberWords.Contains(words[i + 1]) || CardDataForeignNames.IsCardNumberWord(words[i + 1])));
            if (bare)
            {
                // First, or after one short prefix (KS_Kart_No); PaymentGateCardNumber, ManualEntryCardNumber and
                // CreditCardNumber say which card they are.
                return i == 0 || (i == 1 && words[0].Length <= 2 && !(words[0] is "cc" or "kk"));
            }
        }

        return false;
    }

    /// <summary>
    /// The credit card's number in a group of fields that carry the credit card's own prefix: <c>KK_No</c> (kredi kartı)
    /// beside <c>KK_CVV</c>/<c>KK_Sahibi</c>/<c>KK_SK_Ay</c>, <c>CC_Number</c> beside <c>CC_Cvv</c>. Returns the prefix word
    /// (<c>kk</c>, <c>cc</c>) or null.
    /// </summary>
    internal static string? CreditCardFieldPrefix(string name)
    {
        if (name.Length < 4 || !(name.StartsWith("kk", StringComparison.OrdinalIgnoreCase) || name.StartsWith("cc", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        // ccNumber/ccCVV in camel case are the private backing fields of a class whose public CardNumber wraps them (issue
        // 18, set 18: the same card under two names), not a field group of their own: the group is written KK_No, CC_Number, KKNo.
        if (char.IsLower(name[0]) && name[2] != '_')
        {
            return null;
        }

        List<string> words = IdentifierWords.Split(name);
        return words.Count == 2 && words[0] is "kk" or "cc" && (NumberWords.Contains(words[1]) || CardDataForeignNames.IsCardNumberWord(words[1]))
            ? words[0]
            : null;
    }

    /// <summary>
    /// True when <paramref name="names"/> hold the credit card's number in its own prefixed field group (a <see
    /// cref="CreditCardFieldPrefix"/> name and another name with the same prefix word): <c>KK_No</c> with <c>KK_CVV</c>.
    /// </summary>
    internal static bool HasCreditCardFieldGroup(IEnumerable<string> names, string? except = null)
    {
        string? prefix = null;
        string? number = null;
        foreach (string candidate in names)
        {
            if (string.Equals(candidate, except, StringComparison.Ordinal))
            {
                continue;
            }

            if (prefix == null && CreditCardFieldPrefix(candidate) is { } found)
            {
                prefix = found;
                number = candidate;
            }
        }

        if (prefix == null)
        {
            return false;
        }

        foreach (string candidate in names)
        {
            if (!string.Equals(candidate, number, StringComparison.Ordinal) && candidate.Length > 2
                && candidate.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && (candidate[2] == '_' || char.IsUpper(candidate[2])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>CreditCard, KrediKarti, CreditCardInfo: a type named for the credit card itself, which means it by either name.</summary>
    internal static bool NamesCreditCardType(string typeName)
    {
        List<string> words = IdentifierWords.Split(typeName);
        for (int i = 0; i < words.Count; i++)
        {
            if (words[i] is "creditcard" || CardDataForeignNames.NamesCreditCardWord(words, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when <paramref name="name"/> is a bare card number (<see cref="NamesBareCardNumber"/>) and
    /// <paramref name="siblingNames"/> hold the credit card's number in its own prefixed field group
    /// (<see cref="HasCreditCardFieldGroup"/>).
    /// </summary>
    internal static bool IsBareCardNumberBesideCreditCard(string name, List<string> words, IEnumerable<string> siblingNames)
        => NamesBareCardNumber(words) && HasCreditCardFieldGroup(siblingNames, name);

    /// <summary>
    /// CyberSource Secure Acceptance echoes every request field back to the merchant with a <c>req_</c> prefix
    /// (<c>req_amount</c>, <c>req_card_type</c>, <c>req_card_expiry_date</c>), and its <c>req_card_number</c> is the masked
    /// number (issue 18, set 6). Exactly that name (<c>ReqCardNumber</c>), and where it has siblings, beside another
    /// <c>req_</c>/<c>Req</c> echo field: a lone <c>ReqCardNumber</c> in a type without the echo's other fields is judged as any
    /// card number.
    /// </summary>
    private static bool IsSecureAcceptanceCardEcho(List<string> words, string name, IEnumerable<string>? siblingNames)
    {
        if (words.Count != 3 || words[0] != "req" || words[1] != "card" || words[2] != "number")
        {
            return false;
        }

        if (siblingNames == null)
        {
            return true;
        }

        foreach (string sibling in siblingNames)
        {
            if (sibling.Length > 3 && !string.Equals(sibling, name, StringComparison.Ordinal) && sibling.StartsWith("req", StringComparison.OrdinalIgnoreCase)
                && (sibling[3] == '_' || char.IsUpper(sibling[3])))
            {
                return true;
            }
        }

        return false;
    }

    // Siblings of an identity record (India's KYC: Aadhaar number, date of birth) next to which "PAN" is the tax id.
    private static readonly string[] TaxIdentitySiblingFragments = { "aadhaar", "aadhar", "adhaar", "kyc", "dob", "dateofbirth", "birthdate", "birthday" };

    /// <summary>
    /// India's Permanent Account Number (the tax id on a "PAN card"), not a payment card's PAN: a name that says
    /// <c>PanCard</c> (<c>PanCardNo</c>, <c>pancard</c>), or a bare PAN name (<see cref="IsBareTaxPanName"/>) in a tax
    /// identity context (<see cref="HasTaxIdentityContext"/>). The one test of the tax PAN: FG1 leaves such a member
    /// alone, and FG3001 reports it as a national id when it is stored as clear text.
    /// </summary>
    internal static bool NamesTaxPan(List<string> words, string? containingTypeName, IEnumerable<string>? siblingNames)
    {
        for (int i = 0; i < words.Count; i++)
        {
            if (IsPanCardAt(words, i))
            {
                return true;
            }
        }

        // PanPhoto, PAN_COPY, PanAcknowledgementNo (issue 18, set 24: a loan's Form 60 flow): the scan of a PAN card or the
        // receipt of a PAN application is a tax document; a payment card's number has no photo, copy or acknowledgement.
        if (NamesTaxPanDocument(words))
        {
            return true;
        }

        return IsBareTaxPanName(words) && (HasTaxIdentityContext(containingTypeName, siblingNames) || HasTaxPanDocumentSibling(siblingNames));
    }

    // What is filed about India's PAN: the card's scan or photo, its copy, the application and its acknowledgement.
    private static readonly HashSet<string> TaxPanDocumentWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "photo", "image", "img", "copy", "scan", "scanned", "proof", "apply", "application", "acknowledgement",
        "acknowledgment", "acknowledge", "ack",
    };

    // A bare "pan" directly followed by a tax-document word (PanPhoto, PAN_COPY, PanAcknowledgementNo, NewPanCopy), with
    // no card word anywhere in the name (CardPanImage stays a payment card's).
    private static bool NamesTaxPanDocument(List<string> words)
    {
        for (int i = 0; i + 1 < words.Count; i++)
        {
            if (words[i] == "pan" && TaxPanDocumentWords.Contains(words[i + 1]))
            {
                foreach (string word in words)
                {
                    if (word == "card" || word == "cc" || word == "credit" || word == "debit" || word.EndsWith("card", StringComparison.Ordinal))
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        return false;
    }

    // PanProperties { PAN, CUST_ID, PAN_COPY }, GetPanRequest { panNo, newPan, panPhoto }: beside the scan or copy of the
    // PAN card, a bare PAN is the tax id on that card.
    private static bool HasTaxPanDocumentSibling(IEnumerable<string>? siblingNames)
    {
        if (siblingNames == null)
        {
            return false;
        }

        foreach (string sibling in siblingNames)
        {
            if (sibling.IndexOf("pan", StringComparison.OrdinalIgnoreCase) >= 0 && NamesTaxPanDocument(IdentifierWords.Split(sibling)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The words at <paramref name="index"/> name India's PAN card: <c>pan</c> before <c>card</c>, <c>cardno</c> or
    /// <c>cardnumber</c>, or one lower-case word starting <c>pancard</c>. Nobody calls a payment card a "PAN card".
    /// </summary>
    internal static bool IsPanCardAt(List<string> words, int index)
    {
        string word = words[index];
        return (word == "pan" && index + 1 < words.Count && words[index + 1] is "card" or "cardno" or "cardnumber")
               || word.StartsWith("pancard", StringComparison.Ordinal);
    }

    /// <summary>
    /// A name whose only card-number word is a bare "pan", followed by nothing or a number word (<c>PAN</c>,
    /// <c>PanNumber</c>, <c>PanNo</c>, <c>CustomerPan</c>), with no card word beside it (<c>CardPan</c>,
    /// <c>CreditCardPan</c> name a payment card). Such a name is ambiguous: <see cref="HasTaxIdentityContext"/> settles it.
    /// </summary>
    internal static bool IsBareTaxPanName(List<string> words)
    {
        int pan = -1;
        for (int i = 0; i < words.Count; i++)
        {
            string word = words[i];
            if (word == "pan")
            {
                pan = i;
            }
            else if (word == "card" || word == "cc" || word == "credit" || word == "debit" || word == "primary" || PanWords.Contains(word))
            {
                return false;
            }
        }

        return pan >= 0 && (pan + 1 == words.Count || NumberWords.Contains(words[pan + 1]));
    }

    /// <summary>
    /// The type a bare PAN name sits on is an Indian identity record: named for KYC or Aadhaar, or with an Aadhaar, KYC or
    /// date-of-birth member, a GST registration member (<c>Gstin</c>, <c>DriverGST</c>), or a ledger and a tax member (an
    /// accounting party's invoice or voucher), and no other card field (expiry, security code, holder, anything named
    /// "card" except an identity card such as <c>AadharCardNo</c>). A type named like a payment card never is.
    /// </summary>
    internal static bool HasTaxIdentityContext(string? containingTypeName, IEnumerable<string>? siblingNames)
    {
        if (containingTypeName != null && IsPaymentCardTypeName(containingTypeName))
        {
            return false;
        }

        if (containingTypeName != null && IdentifierWords.ContainsAnyFragment(containingTypeName, KycTypeFragments))
        {
            return true;
        }

        if (siblingNames == null)
        {
            return false;
        }

        bool identity = false, gst = false, ledger = false, tax = false;
        foreach (string sibling in siblingNames)
        {
            string normalized = IdentifierWords.Normalize(sibling);
            if (IsCardFieldSibling(normalized) || normalized.Contains("expir") || (normalized.Contains("card") && !NamesOnlyNonPaymentCards(sibling)))
            {
                // CardExpiry, DebitCard: the record is about a card too (AadharCardNo, an identity card, is not).
                return false;
            }

            identity |= IdentifierWords.ContainsAnyFragment(normalized, TaxIdentitySiblingFragments);
            if (!identity && (normalized.Contains("gst") || normalized.Contains("ledger") || normalized.Contains("tax")))
            {
                // DriverGST, Gstin, GstNo (India's goods and services tax registration, printed beside the PAN on invoices);
                // LedgerName beside TaxRate: an accounting party's record (issue 18, set 22). Whole words only.
                foreach (string word in IdentifierWords.Split(sibling))
                {
                    gst |= word is "gst" or "gstin" or "gstn" or "gstno" or "gstnumber";
                    ledger |= word is "ledger";
                    tax |= word is "tax";
                }
            }
        }

        return identity || gst || (ledger && tax);
    }

    // AadharCardNo, VoterCard: every card word of the name is qualified as a card that is not a payment card.
    private static bool NamesOnlyNonPaymentCards(string name)
    {
        List<string> words = IdentifierWords.Split(name);
        bool card = false;
        for (int i = 0; i < words.Count; i++)
        {
            string word = words[i];
            if (word == "card" || word.EndsWith("card", StringComparison.Ordinal) || word.StartsWith("card", StringComparison.Ordinal))
            {
                if (!IsNegatedCard(words, i))
                {
                    return false;
                }

                card = true;
            }
        }

        return card;
    }

    private static readonly string[] KycTypeFragments = { "kyc", "aadhaar", "aadhar" };

    // Settings, Options, Configuration, ConfigurationModel, Config: a type of configuration values.
    private static bool IsSettingsTypeName(string typeName)
        => typeName.EndsWith("Settings", StringComparison.Ordinal) || typeName.EndsWith("Setting", StringComparison.Ordinal)
           || typeName.EndsWith("Options", StringComparison.Ordinal) || typeName.EndsWith("Configuration", StringComparison.Ordinal)
           || typeName.EndsWith("ConfigurationModel", StringComparison.Ordinal) || typeName.EndsWith("Config", StringComparison.Ordinal);

    // Words of a type that carries a PIN a user types to sign in or authorise a request, not one that is kept: an ATM
    // or app login request, a change-PIN command (labels: PIN request members of ATM and app flows are not card data).
    private static readonly HashSet<string> PinRequestTypeWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "request", "req", "dto", "command", "cmd", "input", "login", "logon", "signin", "auth", "authorization",
        "authorisation", "authenticate", "authentication", "credentials", "verify", "verification", "change", "reset",
    };

    // Members of an address: a PinCode beside them is the Indian postal code of a billing address, not a PIN.
    private static readonly string[] AddressSiblingFragments = { "city", "street", "address", "state", "district", "country", "zip", "postal" };

    /// <summary>
    /// A name that means a card's security code or PIN only beside the card's number, since alone it is ambiguous:
    /// <c>Ccv</c>/<c>CcvCode</c> (a common misspelling of CVV, elsewhere an abbreviation of other things),
    /// <c>SecurityNumber</c>, and a bare <c>Pin</c>/<c>PinNumber</c>/<c>PinCode</c> (elsewhere an app PIN or a postal
    /// code). Reported when a sibling member names the full card number (<c>CardNumber</c>, <c>CcNumber</c>, <c>cardno</c>,
    /// or a bare <c>Number</c> on a type named as a payment card: <c>Card { Number, SecurityNumber }</c>).
    /// A PIN is not reported on a request, DTO or login type (a PIN typed to sign in or authorise, verified and dropped) nor
    /// a <c>PinCode</c> beside address members (a postal code).
    /// </summary>
    private static CardDataKind NamesCodeBesideCardNumber(List<string> words, string name, string containingTypeName, IEnumerable<string> siblingNames)
    {
        CardDataKind kind = CardDataKind.None;
        string first = words[0];
        string? second = words.Count > 1 ? words[1] : null;
        if (first == "ccv" && (words.Count == 1 || (words.Count == 2 && second is "code" or "number" or "no" or "num" or "value")))
        {
            kind = CardDataKind.SecurityCode;
        }
        else if (first == "security" && words.Count == 2 && second is "number" or "no" or "num")
        {
            kind = CardDataKind.SecurityCode;
        }
        else if (first == "csc" && (words.Count == 1 || (words.Count == 2 && second is "code" or "value" or "number")))
        {
            // Transaction { CardNumber, NameOnCard, ExpMonth, CSC } (issue 18, set 22): the card security code beside the card's
            // number on a type not named as a card (alone, CSC is also a customer service centre or a course code).
            kind = CardDataKind.SecurityCode;
        }
        else if (first == "code" && words.Count == 1 && IsPaymentCardTypeName(containingTypeName) && HasCardSiblings(siblingNames))
        {
            // Card { CardNumber, Code, Validity }: a bare Code on a payment-card type beside the card's number and its other
            // fields is the code printed on the card (a voucher's or product's Code sits on no card type).
            kind = CardDataKind.SecurityCode;
        }
        else if (IdentifierWords.Normalize(name) is "cv" or "cvnum" or "cvnumber" or "cvno" or "cvcode")
        {
            // Payment { _creditCardNum, _expirationDate, _cVNum } (issue 18, set 23): the card's CV number beside the card's
            // number (alone, "CV" is a curriculum vitae or a coefficient of variation).
            kind = CardDataKind.SecurityCode;
        }
        else if (first == "card" && second == "csv" && (words.Count == 2 || (words.Count == 3 && words[2] is "number" or "no" or "code" or "value")))
        {
            // Payment { CardHolderName, CardNumber, CardExpiryDate, CardCSVNumber } (issue 18, set 25): the CVV misspelt CSV
            // and named for the card, beside the card's number, on a type of any name.
            kind = CardDataKind.SecurityCode;
        }
        else if (first == "csv" && words.Count == 1 && IsPaymentCardTypeName(containingTypeName))
        {
            // Card { CardNumber, PinCode, CSV, ExpiryDate } (issue 18, set 24): the CVV misspelt CSV on a payment-card type
            // beside the card's number (elsewhere CSV is comma-separated text).
            kind = CardDataKind.SecurityCode;
        }
        else if (first == "cv" && second == "2" && words.Count == 2)
        {
            // SagepayRefund { _CardNumber, _CV2 } (issue 18, set 19): Opayo's CV2 field beside the card's number, whatever the
            // type is named (elsewhere "CV" is a curriculum vitae or a coefficient of variation, and no card number is beside it).
            kind = CardDataKind.SecurityCode;
        }
        else if (words.Count == 1 && first is "kontrolcifre" or "kontrolciffer" or "kontrollsiffror" or "kontrollsiffer")
        {
            // Betaling { Kortnummer, Kontrolcifre } (issue 18, set 19): Danish/Swedish/Norwegian "control digits", the card's
            // CVC beside its number (elsewhere the check digits of an account or identity number).
            kind = CardDataKind.SecurityCode;
        }
        else if (NamesThreeDigitCode(words))
        {
            // Customer { CreditCardNumber, ThreeDigit }: the three digits on the back of the card, named by their count.
            kind = CardDataKind.SecurityCode;
        }
        else if ((first == "pin" && (words.Count == 1 || (words.Count == 2 && second is "number" or "no" or "value" or "code" or "data"))) || first == "pincode")
        {
            kind = CardDataKind.Pin;
        }

        if (kind == CardDataKind.None)
        {
            return kind;
        }

        bool postalCodeLike = kind == CardDataKind.Pin && (first == "pincode" || second == "code");
        // Card { Number, SecurityNumber }: on a type named as a payment card, a bare Number sibling is the card's number.
        bool cardType = IsPaymentCardTypeName(containingTypeName);
        bool hasCardNumber = false;
        foreach (string sibling in siblingNames)
        {
            if (string.Equals(sibling, name, StringComparison.Ordinal))
            {
                continue;
            }

            if (postalCodeLike && IdentifierWords.ContainsAnyFragment(sibling, AddressSiblingFragments))
            {
                return CardDataKind.None;
            }

            if (!hasCardNumber && MayNameCardData(sibling))
            {
                List<string> siblingWords = IdentifierWords.Split(sibling);
                if (cardType && (IsBareNumber(siblingWords) || CardDataForeignNames.IsBareNumber(siblingWords)))
                {
                    hasCardNumber = true;
                    continue;
                }

                hasCardNumber = !IdentifierWords.ContainsAnyWord(siblingWords, SafeWords) && !HasTruncationPhrase(siblingWords)
                                && (NamesPan(siblingWords) || CardDataForeignNames.NamesPan(siblingWords)
                                    || (NamesAccountNumber(siblingWords) && HasSwipedCardSiblings(sibling, siblingNames)));
            }
        }

        if (!hasCardNumber)
        {
            return CardDataKind.None;
        }

        if (kind == CardDataKind.Pin && IdentifierWords.ContainsAnyWord(IdentifierWords.Split(containingTypeName), PinRequestTypeWords))
        {
            return CardDataKind.None;
        }

        return kind;
    }

    // ThreeDigit, ThreeDigits, 3Digits, ThreeDigitCode: the card's three-digit code (only beside the card's number).
    private static bool NamesThreeDigitCode(List<string> words)
    {
        string first = words[0];
        int next;
        if (first == "threedigit" || first == "threedigits")
        {
            next = 1;
        }
        else if ((first == "three" || first == "3") && words.Count > 1 && words[1] is "digit" or "digits")
        {
            next = 2;
        }
        else
        {
            return false;
        }

        return words.Count == next || (words.Count == next + 1 && words[next] is "code" or "number" or "no" or "num" or "value");
    }

    /// <summary>
    /// The type is the card number itself (<c>CardNumber</c>, <c>CreditCardNo</c>, <c>PrimaryAccountNumber</c>): a value
    /// object whose bare <c>Number</c> holds the PAN. <c>CardNumberValidator</c>, <c>MaskedCardNumber</c>,
    /// <c>CardNumberLength</c> are not (a safe word or another last word).
    /// </summary>
    private static bool NamesPanValueType(string typeName)
    {
        if (!MayNameCardData(typeName))
        {
            return false;
        }

        List<string> words = IdentifierWords.Split(typeName);
        if (words.Count == 0 || IdentifierWords.ContainsAnyWord(words, SafeWords) || HasTruncationPhrase(words) || !NamesPan(words))
        {
            return false;
        }

        // CardNumberVO, CardNumberValueObject: a value object named with its pattern's suffix.
        int end = words.Count;
        if (end > 1 && words[end - 1] == "vo")
        {
            end--;
        }
        else if (end > 2 && words[end - 2] == "value" && words[end - 1] == "object")
        {
            end -= 2;
        }

        string last = words[end - 1];
        return NumberWords.Contains(last) || (last != "pan" && PanWords.Contains(last));
    }

    // BankCard, Card, _creditCard: a name that is the payment card itself (one or two words ending in the card word).
    private static bool NamesPaymentCardItself(List<string> words)
    {
        int last = words.Count - 1;
        if (words.Count > 2 || (words[last] != "card" && !GluedPaymentCardWords.Contains(words[last])))
        {
            return false;
        }

        return !IsNegatedCard(words, last);
    }

    // Owners of a PIN that is not a payment card's: online banking and wallet transaction PINs, app and login PINs.
    private static readonly HashSet<string> NonCardPinOwners = new HashSet<string>(StringComparer.Ordinal)
    {
        "transaction", "transfer", "wallet", "login", "logon", "signin", "app", "application", "user", "account", "customer",
        "mobile", "online", "banking", "internet", "web", "device", "phone", "screen", "lock", "unlock", "admin", "profile",
        "parental", "sms", "otp", "access", "ussd", "confirmation", "approval",
    };

    /// <summary>
    /// TransactionPin, WalletPin, LoginPin on CardRequestViewModel: a PIN named after a non-card owner (an online-banking
    /// transaction PIN, a wallet or app PIN) is not a card PIN when only the declaring type's name made it look like one
    /// (the name itself has no card word) and the type carries no other card data (no card number, security code, card
    /// PIN or track). CardPin, PinBlock, a bare Pin on a card type, and a TransactionPin beside a card number stay card data.
    /// </summary>
    private static CardDataKind NotAnAccountPin(CardDataKind kind, List<string> words, string name, string? containingTypeName, IEnumerable<string>? siblingNames)
    {
        if (kind != CardDataKind.Pin)
        {
            return kind;
        }

        int pin = -1;
        for (int i = 0; i < words.Count; i++)
        {
            string word = words[i];
            if (word == "pinblock" || word == "card" || word == "cc" || word.EndsWith("card", StringComparison.Ordinal)
                || (word == "pin" && i + 1 < words.Count && words[i + 1] == "block"))
            {
                return kind;
            }

            if (word == "pin" && pin < 0)
            {
                pin = i;
            }
        }

        if (pin <= 0 || !NonCardPinOwners.Contains(words[pin - 1]))
        {
            return kind;
        }

        if (siblingNames != null)
        {
            foreach (string sibling in siblingNames)
            {
                if (!string.Equals(sibling, name, StringComparison.Ordinal) && NamesOtherCardData(sibling, containingTypeName))
                {
                    return kind;
                }
            }
        }

        return CardDataKind.None;
    }

    // A sibling member that names card data by itself: CardNumber, Cvv, CardPin, Track2, a bare Number on a card type.
    private static bool NamesOtherCardData(string sibling, string? containingTypeName)
    {
        if (!MayNameCardData(sibling))
        {
            return false;
        }

        List<string> words = IdentifierWords.Split(sibling);
        if (IdentifierWords.ContainsAnyWord(words, SafeWords) || HasTruncationPhrase(words))
        {
            return false;
        }

        return NamesPan(words) || CardDataForeignNames.NamesPan(words)
            || (IsBareNumber(words) && containingTypeName != null && IsPaymentCardTypeName(containingTypeName))
            || NamesSensitiveAuthenticationData(words, null) != CardDataKind.None;
    }

    /// <summary>True when the words spell a card number: card number, cc num, pan, primary account number, credit card.</summary>
    internal static bool NamesPan(List<string> words)
    {
        for (int i = 0; i < words.Count; i++)
        {
            string word = words[i];
            if (PanWords.Contains(word))
            {
                return !IsNegatedCard(words, i);
            }

            // CreditcardNumber, DebitcardNo: "credit card" written as one word before the number word.
            bool isCardWord = word == "card" || word == "cc" || GluedPaymentCardWords.Contains(word);
            if (isCardWord && i + 1 < words.Count && NumberWords.Contains(words[i + 1]))
            {
                return !IsNegatedCard(words, i);
            }

            // CreditCartNumber, DebitCartNo (issue 18, set 24): "card" misspelt "cart" after credit or debit, before the number
            // word (a shopping cart is never a credit cart).
            if ((word == "credit" || word == "debit") && i + 2 < words.Count && words[i + 1] == "cart" && NumberWords.Contains(words[i + 2]))
            {
                return true;
            }

            // NumberOnCard, NumOnCard: the number printed on the card (the whole name).
            if (i == 0 && words.Count == 3 && NumberWords.Contains(word) && words[1] == "on" && (words[2] == "card" || GluedPaymentCardWords.Contains(words[2])))
            {
                return true;
            }

            // "CreditNumber", "CreditNo": a credit card's number with "card" left out (a credit note is "CreditNoteNumber").
            if (word == "credit" && i + 2 == words.Count && NumberWords.Contains(words[i + 1]))
            {
                return true;
            }

            // "CreditCard"/"DebitCard" as the whole tail of a string member: the card itself, i.e. its number; also written
            // as one word ([FromForm] string creditcard, issue 18, set 24).
            if (((word == "credit" || word == "debit") && i + 2 == words.Count && words[i + 1] == "card")
                || ((word == "creditcard" || word == "debitcard") && i + 1 == words.Count))
            {
                return true;
            }

            if (word == "primary" && i + 2 < words.Count && words[i + 1] == "account" && NumberWords.Contains(words[i + 2]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Security codes (cvv, cvc2, securityCode, card verification value; cid/csc only next to "card"), track data
    /// (track1, track2, trackData, magstripe) and PINs (pinBlock anywhere; pin only as cardPin or on a payment-card
    /// type, because a bare "PinCode" is an Indian postal code and an app PIN is not card data).
    /// </summary>
    internal static CardDataKind NamesSensitiveAuthenticationData(List<string> words, string? containingTypeName)
    {
        bool hasCardWord = false;
        for (int i = 0; i < words.Count; i++)
        {
            if (words[i] == "card" || words[i] == "cc" || words[i].EndsWith("card", StringComparison.Ordinal))
            {
                if (IsNegatedCard(words, i))
                {
                    // GiftCardCvv, LoyaltyCardPin: a code of a card that is not a payment card.
                    return CardDataKind.None;
                }

                hasCardWord |= words[i] == "card" || words[i] == "cc";
            }
        }

        bool cardContext = hasCardWord || (containingTypeName != null && IsPaymentCardTypeName(containingTypeName));
        for (int i = 0; i < words.Count; i++)
        {
            string word = words[i];
            string? next = i + 1 < words.Count ? words[i + 1] : null;
            if (SecurityCodeWords.Contains(word) || (cardContext && CardContextSecurityCodeWords.Contains(word)))
            {
                // ProcessorResponse.cvv_code, DoDirectPaymentResponseType.CVV2Code: the processor's CVV check result
                // code (M, N, P) in a response, not the security code the payer typed.
                if (next == "code" && i + 2 == words.Count && containingTypeName != null && IsResponseTypeName(containingTypeName))
                {
                    return CardDataKind.None;
                }

                return IsNegatedCard(words, i) ? CardDataKind.None : CardDataKind.SecurityCode;
            }

            // CV2 (split "cv", "2"): the NestPay/EST and Opayo field name of the CVV2 (issue 18, set 17: CreditCardModel.CV2),
            // only with a card word or on a payment-card type; elsewhere "CV" is a curriculum vitae or a coefficient of variation.
            if (word == "cv" && next == "2" && cardContext && i + 2 == words.Count)
            {
                return IsNegatedCard(words, i) ? CardDataKind.None : CardDataKind.SecurityCode;
            }

            // CreditCard.VerificationCode: the whole name on a payment-card type (a lone VerificationCode elsewhere is an
            // e-mail or SMS confirmation code, and so it is on a type about verifying or activating a card by a code sent).
            if (word == "verification" && i == 0 && words.Count == 2 && containingTypeName != null && IsPaymentCardTypeName(containingTypeName)
                && (next == "code" || next == "value" || next == "number") && !NamesCodeSentToVerify(containingTypeName))
            {
                return CardDataKind.SecurityCode;
            }

            // DefaultCardData.SecureCode, Card.SecureCode (issue 18, set 18: Tinkoff's card data): the CVV under the name of
            // Mastercard's 3-D Secure brand, only as the whole name with a card word or on a payment-card type (a lone
            // SecureCode elsewhere is the 3-D Secure programme or a login code); CardSecureCode says the card itself.
            if (word == "secure" && next == "code" && i + 2 == words.Count && cardContext && (i == 0 || (i == 1 && (words[0] == "card" || words[0] == "cc"))))
            {
                return CardDataKind.SecurityCode;
            }

            if (IsSecurityWord(word) && next == "code" && !IsNonPaymentCodeContext(words, i))
            {
                return CardDataKind.SecurityCode;
            }

            // "CCVerification", "CardVerification": the card verification value named by its last word (EmailVerification,
            // a lone VerificationCode and CardVerificationStatus are not).
            if (word == "verification" && next == null && i > 0 && (words[i - 1] == "card" || words[i - 1] == "cc") && !IsNegatedCard(words, i - 1))
            {
                return CardDataKind.SecurityCode;
            }

            // "CardSecurityNumber", "CardVerificationNumber", "CardVerificationValue".
            if ((word == "verification" || IsSecurityWord(word)) && i > 0 && (words[i - 1] == "card" || words[i - 1] == "cc")
                && (next == "value" || next == "code" || next == "number" || next == "num" || next == "no"))
            {
                return CardDataKind.SecurityCode;
            }

            // "CardCode", "CreditCardCode", "CcCode": the Authorize.Net and PayPal name of the CVV, only as the whole tail
            // (CardCodeResponse and CardTypeCode are results and metadata, caught earlier as safe words or left alone).
            if (word == "code" && i + 1 == words.Count && i > 0 && (words[i - 1] == "card" || words[i - 1] == "cc")
                && !IsNegatedCard(words, i - 1) && !NamesRecordCode(words, i - 1))
            {
                return CardDataKind.SecurityCode;
            }

            // Track3Data: track 3 of the magnetic stripe (ISO/IEC 7811; some cards and readers carry it) is track data too.
            if (word == "track1" || word == "track2" || word == "track3" || word == "trackdata" || word == "magstripe"
                || (word == "track" && (next == "1" || next == "2" || next == "3" || next == "data" || next == "one" || next == "two" || next == "three"))
                || ((word == "magnetic" || word == "mag") && (next == "stripe" || next == "strip")))
            {
                // EncryptedTrackData, ETrackData (e_track_data), EncTrack2: what an encrypting (P2PE) reader sends, ciphertext
                // only the processor can decrypt (Authorize.Net encryptedTrackData, Fortis e_track_data), not clear track data.
                return i > 0 && IsReaderCiphertextPrefix(words[i - 1]) ? CardDataKind.None : CardDataKind.TrackData;
            }

            if (word == "pinblock" || (word == "pin" && next == "block"))
            {
                return CardDataKind.Pin;
            }

            if (word == "pin" && cardContext && (next == null || next == "code" || next == "number" || next == "value"))
            {
                return CardDataKind.Pin;
            }
        }

        // CodigoSeguridad, CodeSecurite, Sicherheitscode: the same code named in another language.
        return CardDataForeignNames.NamesSecurityCode(words, cardContext) ? CardDataKind.SecurityCode : CardDataKind.None;
    }

    /// <summary>
    /// AccountOrCardCode, AccountCardCode, WalletOrCardCode: a "card code" named as the code of one of several kinds of
    /// record (an account or a card) identifies the record, like any lookup code; Authorize.Net's CVV is called the card's
    /// code alone (<c>CardCode</c>, <c>CreditCardCode</c>), never an account's.
    /// </summary>
    private static bool NamesRecordCode(List<string> words, int cardIndex)
    {
        for (int i = 0; i < cardIndex; i++)
        {
            string word = words[i];
            if (word == "or" || word == "and" || word == "account" || word == "acct" || word == "wallet")
            {
                return true;
            }
        }

        return false;
    }

    // CardVerificationRequest, CardActivation, CardOtpConfirmation: a type about a one-time code sent to the holder.
    private static bool NamesCodeSentToVerify(string typeName)
        => typeName.IndexOf("verif", StringComparison.OrdinalIgnoreCase) >= 0 || typeName.IndexOf("otp", StringComparison.OrdinalIgnoreCase) >= 0
           || typeName.IndexOf("confirm", StringComparison.OrdinalIgnoreCase) >= 0 || typeName.IndexOf("activat", StringComparison.OrdinalIgnoreCase) >= 0;

    // CardTransactionQueryParameters, PaymentSearchParams, TransactionSearchCriteria, CardFilters: the type of a list
    // query's parameters, whose members name what to search by.
    private static bool NamesQueryFilterOrSortType(string typeName)
    {
        if (typeName.IndexOf("filter", StringComparison.OrdinalIgnoreCase) < 0 && typeName.IndexOf("sort", StringComparison.OrdinalIgnoreCase) < 0
            && typeName.IndexOf("orderby", StringComparison.OrdinalIgnoreCase) < 0 && typeName.IndexOf("query", StringComparison.OrdinalIgnoreCase) < 0
            && typeName.IndexOf("search", StringComparison.OrdinalIgnoreCase) < 0 && typeName.IndexOf("criteri", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return false;
        }

        List<string> words = IdentifierWords.Split(typeName);
        bool queryWord = false;
        for (int i = 0; i < words.Count; i++)
        {
            string word = words[i];
            if (word == "filter" || word == "filters" || word == "sort" || word == "sorting" || word == "orderby" || word == "criteria" || word == "criterion"
                || (word == "order" && i + 1 < words.Count && words[i + 1] == "by"))
            {
                return true;
            }

            queryWord |= word == "query" || word == "search" || word == "lookup";
        }

        // A query or search type's parameters (QueryParameters, SearchParams), not a query's request or result
        // (CardQueryRequest, VnpayQueryResult carry what the processor holds).
        string last = words.Count > 0 ? words[words.Count - 1] : string.Empty;
        return queryWord && (last == "parameters" || last == "params" || last == "parameter" || last == "param" || last == "options");
    }

    /// <summary>
    /// A type named for a masked or truncated card (<c>MaskedCardJsonResponse</c>, <c>MaskedCardDto</c>, <c>TruncatedCard</c>,
    /// <c>PartialCardView</c>): its number members hold the masked form the type is about.
    /// </summary>
    private static bool NamesMaskedType(string typeName)
    {
        if (typeName.IndexOf("mask", StringComparison.OrdinalIgnoreCase) < 0 && typeName.IndexOf("truncat", StringComparison.OrdinalIgnoreCase) < 0
            && typeName.IndexOf("redact", StringComparison.OrdinalIgnoreCase) < 0 && typeName.IndexOf("partial", StringComparison.OrdinalIgnoreCase) < 0
            && typeName.IndexOf("obfuscat", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return false;
        }

        List<string> words = IdentifierWords.Split(typeName);
        for (int i = 0; i < words.Count; i++)
        {
            string word = words[i];
            if (word == "masked" || word == "truncated" || word == "redacted" || word == "obfuscated")
            {
                return true;
            }

            // PartialCardView, PartialPanDto; a partial payment, refund or capture (PartialRefundRequest) carries a whole card.
            if (word == "partial" && i + 1 < words.Count && words[i + 1] is "card" or "pan" or "number")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A redirect (hosted-page) gateway's callback to the merchant or the verify reply of such a payment:
    /// <c>CallBackDataModel.CardHolderPan</c>, <c>SandboxCallbackData.Pan</c>, <c>PaymentVerificationResponse.card_pan</c>,
    /// <c>TransactionVerifyResult.CardNumber</c> (issue 18, set 18: Mellat, ZarinPal, Digipay). The payer typed the card on
    /// the gateway's page, so the application never sent a PAN that the reply could echo; what the gateway reports back
    /// is its masked number (<c>401234******9999</c>). A type with the word <c>Callback</c> (or <c>Call</c> + <c>Back</c>),
    /// or a payment's or transaction's <c>Verify</c>/<c>Verification</c> reply (<c>Response</c>, <c>Result</c>,
    /// <c>Reply</c>), or a notification (<c>Notification</c>, <c>Notify</c>). A card verification reply (<c>CardVerificationResult</c>: a zero-amount check of a card the
    /// application sent) and any other response type stay judged by their members' names.
    /// </summary>
    internal static bool NamesGatewayCallbackType(string typeName)
    {
        bool callback = typeName.IndexOf("callback", StringComparison.OrdinalIgnoreCase) >= 0;
        bool notification = typeName.IndexOf("notif", StringComparison.OrdinalIgnoreCase) >= 0;
        if (!callback && !notification && typeName.IndexOf("verif", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return false;
        }

        List<string> words = IdentifierWords.Split(typeName);
        bool verify = false, payment = false, reply = false, notifies = false, card = false;
        for (int i = 0; i < words.Count; i++)
        {
            string word = words[i];
            if (word == "callback" || (word == "call" && i + 1 < words.Count && words[i + 1] == "back"))
            {
                return true;
            }

            notifies |= word is "notification" or "notify";
            card |= word.EndsWith("card", StringComparison.Ordinal);

            verify |= word is "verify" or "verification";
            payment |= word is "payment" or "transaction" or "purchase" or "order";
            reply |= word is "response" or "result" or "reply";
        }

        // TinkoffNotification { Pan, ExpDate, CardId } (issue 18, set 24): the gateway's server-to-server notification of a
        // payment is a callback by another name, and its card number the gateway's masked one; a type about a card
        // (CardNotification) is judged by its members.
        return (verify && payment && reply) || (notifies && !card);
    }

    // "e" only as a word of its own (ETrackData, e_track_data split as e + track), never a letter of another word.
    private static bool IsReaderCiphertextPrefix(string word)
        => word == "e" || word == "enc" || word == "encrypted" || word == "encrypt" || word == "encryption" || word == "cipher" || word == "ciphertext";

    // A type that carries what the processor sent back: PaymentResponse, AuthorizationResult, DoDirectPaymentResponseType.
    private static bool IsResponseTypeName(string typeName)
    {
        if (typeName.IndexOf("respon", StringComparison.OrdinalIgnoreCase) < 0 && typeName.IndexOf("result", StringComparison.OrdinalIgnoreCase) < 0
            && typeName.IndexOf("reply", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return false;
        }

        foreach (string word in IdentifierWords.Split(typeName))
        {
            if (word == "response" || word == "result" || word == "reply")
            {
                return true;
            }
        }

        return false;
    }

    // Response-code siblings of a processor's reply: AVS result, bank or processor response code.
    private static readonly string[] CheckReplySiblingFragments = { "avs", "respcode", "responsecode" };

    // What only an authorization's outcome carries: the issuer's approval or authorization code and id (issue 18, sets 13 and 18).
    private static readonly string[] AuthorizationOutcomeSiblings = { "approvalcode", "authorizationcode", "authorizationid", "authcode" };

    /// <summary>
    /// A processor's reply (<c>TransactionResult</c>, <c>FdCreditCardResp</c>, <c>AuthorizationResponse</c>: the type's
    /// last word) that carries check results (an AVS result, a bank or processor response code) and no card field (no
    /// card number, expiry or holder): its <c>CVV2</c>/<c>cvv2</c> is the CVV2 match result, not the code. An API's own
    /// response DTO that returns the stored card (<c>PaymentResponse { CardNumber, Cvv }</c>) and a request stay card data.
    /// Whatever the type's name, a record of the authorization's outcome (an AVS result, or the issuer's approval or
    /// authorization code: <c>Charge { masked_card_number, authorization_id, approval_code, cvn_code }</c>,
    /// <c>Transaction { AuthorizationCode, CVV2Code }</c>; an AVS result beside the card's truncated digits,
    /// <c>PayMethod { avs, cvv, first_six_digits }</c>) with no card field holds the match result too (issue 18, sets 13 and
    /// 18), unless the type is a request, command, input or form: a card's own fields sit beside a code that is collected.
    /// </summary>
    private static bool IsProcessorCheckReply(string name, string? typeName, IEnumerable<string>? siblingNames)
    {
        if (typeName == null || siblingNames == null)
        {
            return false;
        }

        List<string> words = IdentifierWords.Split(typeName);
        bool replyType = words.Count > 0 && words[words.Count - 1] is "response" or "result" or "resp" or "reply";
        bool checks = false, outcome = false, avs = false, truncated = false;
        foreach (string sibling in siblingNames)
        {
            string normalized = IdentifierWords.Normalize(sibling);
            if (string.Equals(sibling, name, StringComparison.Ordinal) || normalized.StartsWith("cv", StringComparison.Ordinal))
            {
                // The member itself, and the reply's other code results (Cvv2Result, CVVResponse).
                continue;
            }

            List<string> siblingWords = IdentifierWords.Split(sibling);
            bool truncatedSibling = HasTruncationPhrase(siblingWords) || siblingWords.Contains("masked") || siblingWords.Contains("truncated");
            if (IsCardFieldSibling(normalized) || (!truncatedSibling && MayNameCardData(sibling) && NamesPan(siblingWords)))
            {
                // masked_card_number, first_six_digits: what the processor shows of the card is not the card's own field.
                return false;
            }

            truncated |= truncatedSibling;
            checks |= IdentifierWords.ContainsAnyFragment(normalized, CheckReplySiblingFragments);
            outcome |= IdentifierWords.ContainsAnyFragment(normalized, AuthorizationOutcomeSiblings);
            avs |= normalized.StartsWith("avs", StringComparison.Ordinal);
        }

        if (replyType)
        {
            return checks;
        }

        // TransactionRequest { AVS, CVV2 }: what a request, command or form carries is collected, whatever its siblings.
        foreach (string word in words)
        {
            if (word is "request" or "req" or "command" or "cmd" or "input" or "form")
            {
                return false;
            }
        }

        return outcome || (avs && truncated);
    }

    // "GiftCardSecurityCode", "WifiSecurityCode": the qualifier before "security" says it is not a payment card's.
    private static bool IsNonPaymentCodeContext(List<string> words, int securityIndex)
    {
        for (int i = 0; i < securityIndex; i++)
        {
            if (NonPaymentCardQualifiers.Contains(words[i]) || words[i] == "wifi" || words[i] == "door" || words[i] == "alarm" || words[i] == "sms" || words[i] == "email" || words[i] == "login"
                // AccountSecurityCode, MerchantSecurityCode (issue 18, set 24): the code of a user account or of the
                // merchant's own API access, not a card's.
                || words[i] == "account" || words[i] == "acct" || words[i] == "merchant" || words[i] == "user")
            {
                return true;
            }
        }

        return false;
    }

    // Method-name words of helpers that must see a PAN to do their job and keep nothing: masking, truncating,
    // tokenizing, encrypting, or checking it (Luhn, format, brand detection). Their PAN parameter is the input the
    // helper exists for; what the caller holds is reported where the caller keeps it.
    private static readonly HashSet<string> CardCheckingHelperWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "mask", "masked", "masking", "truncate", "truncated", "redact", "redacted", "obfuscate", "obfuscated",
        "tokenize", "tokenise", "tokenized", "tokenised", "encrypt", "encrypted", "protect",
        "luhn", "valid", "validate", "validates", "validation", "validator", "check", "checks", "checksum",
        "brand", "detect", "last4", "lastfour", "numeric", "numerical",
        // CleanCreditCardNumber, NormalizeCardNumber: strip spaces and dashes before the check, keep nothing.
        "clean", "cleanup", "normalize", "normalise", "sanitize", "sanitise",
        // HasCardNumberCorrectLength; Spanish and Portuguese validar/verificar/comprobar (ValidarNumeroTarjeta) (issue 18, set 18).
        "length", "validar", "verificar", "comprobar", "validacion", "validacao",
    };

    // The words a display formatter's name may have besides "format": the card number itself and a verb or preposition.
    private static readonly HashSet<string> CardNumberFormatterWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "to", "get", "as", "for", "display", "string", "card", "credit", "debit", "bank", "cc", "number", "no", "num", "pan",
    };

    /// <summary>
    /// <c>FormatCardNumber</c>, <c>ToCreditCardFormat</c>, <c>formatCreditCardNumber</c> (issue 18, sets 10 and 20): a
    /// helper named only for formatting the card number (groups of four, spaces, a mask) for display works on the PAN it
    /// is given and keeps nothing; the caller's member is reported where it is kept. A name with any other word
    /// (<c>FormatPaymentRequest</c>, <c>FormatCardMessage</c>) builds something to send and stays judged by its body.
    /// </summary>
    private static bool IsCardNumberFormatterName(List<string> words)
    {
        bool format = false, card = false;
        foreach (string word in words)
        {
            if (word is "format" or "formatted" or "formatting")
            {
                format = true;
            }
            else if (!CardNumberFormatterWords.Contains(word))
            {
                return false;
            }
            else
            {
                card |= word is "card" or "cc" or "pan";
            }
        }

        return format && card;
    }

    /// <summary>
    /// Whether a method is a card-checking or masking helper by its name (<c>IsValidCardNumber</c>, <c>LuhnCheck</c>,
    /// <c>GetMaskedCreditCardNumber</c>, <c>DetectBrand</c>, <c>EncryptCardNumber</c>): its PAN parameter is not reported.
    /// </summary>
    public static bool IsCardCheckingHelperName(string methodName)
    {
        List<string> words = IdentifierWords.Split(methodName);

        // GetLastFourDigitsFromCard, FirstSixDigits: a helper that keeps only the truncated digits.
        if (HasTruncationPhrase(words))
        {
            return true;
        }

        if (IsCardNumberFormatterName(words) || IsHidingHelperName(words))
        {
            return true;
        }

        for (int i = 0; i < words.Count; i++)
        {
            // GetCardTypeFromNumber, GetCardType: brand detection; a lone "Type" (SetType, TypePayment) is not.
            if (CardCheckingHelperWords.Contains(words[i])
                || (words[i] == "type" && i > 0 && (words[i - 1] == "card" || words[i - 1] == "cc")))
            {
                return true;
            }

            // AreAllNumbers, IsAllDigits, DigitsOnly: a digits-only format check.
            if ((words[i] == "numbers" || words[i] == "digits" || words[i] == "digit")
                && ((i > 0 && (words[i - 1] == "all" || words[i - 1] == "only")) || (i + 1 < words.Count && words[i + 1] == "only")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a method makes up a new number (<c>GenerateRandomCardNumber</c>, <c>GenerateAccountNumber</c>,
    /// <c>RandomCardNo</c>): a local it builds the number in holds a number the code invents (a bank issuing its own
    /// account or card numbers, a fake for demos), not cardholder data received from anyone.
    /// </summary>
    public static bool IsNumberGeneratorName(string methodName)
    {
        if (methodName.IndexOf("generat", StringComparison.OrdinalIgnoreCase) < 0 && methodName.IndexOf("random", StringComparison.OrdinalIgnoreCase) < 0
            && methodName.IndexOf("generar", StringComparison.OrdinalIgnoreCase) < 0 && methodName.IndexOf("gerar", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return false;
        }

        foreach (string word in IdentifierWords.Split(methodName))
        {
            // Spanish generar, Portuguese gerar (GenerarNumeroTarjeta, GerarNumeroCartao).
            if (word == "generate" || word == "generated" || word == "generator" || word == "random" || word == "generar" || word == "gerar")
            {
                return true;
            }
        }

        return false;
    }

    // Lower-case identifiers ending in "id" that the splitter cannot split: appid, clientid, tenantid...
    private static readonly HashSet<string> GluedIdWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "appid", "applicationid", "clientid", "tenantid", "projectid", "senderid", "userid", "accountid", "merchantid", "siteid",
        "pageid", "channelid", "profileid", "partnerid", "storeid", "terminalid", "deviceid", "orderid", "customerid",
    };

    /// <summary>
    /// The name of an identifier that is not a card's (<c>AppId</c>, <c>ClientId</c>, <c>facebook_app_id</c>, <c>appid</c>,
    /// <c>TenantIds</c>): its last word is "id" and no word names a card. A 16-digit app or client id that happens to pass
    /// the Luhn check is the id, not a card number; <c>CardId</c>, <c>PanId</c> keep their card word and are not.
    /// </summary>
    internal static bool NamesNonCardIdentifier(string name)
    {
        if (name.IndexOf("id", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return false;
        }

        List<string> words = IdentifierWords.Split(name);
        if (words.Count == 0)
        {
            return false;
        }

        string last = words[words.Count - 1];
        if (last != "id" && last != "ids" && !GluedIdWords.Contains(last))
        {
            return false;
        }

        foreach (string word in words)
        {
            if (word == "card" || word == "cc" || word == "pan" || word.EndsWith("card", StringComparison.Ordinal) || PanWords.Contains(word))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the name carries a safe form (masked, last4, token, hash, encrypted, type...).</summary>
    public static bool HasSafeForm(string name, CardDataNameOptions options)
    {
        if (options.HasConfiguredNames && options.IsConfiguredSafe(IdentifierWords.Normalize(name)))
        {
            return true;
        }

        List<string> words = IdentifierWords.Split(name);
        return IdentifierWords.ContainsAnyWord(words, SafeWords) || HasTruncationPhrase(words);
    }

    internal static bool IsPaymentCardTypeName(string typeName)
    {
        List<string> words = IdentifierWords.Split(typeName);
        for (int i = 0; i < words.Count; i++)
        {
            if ((words[i] == "card" || words[i] == "creditcard") && !IsNegatedCard(words, i))
            {
                return true;
            }
        }

        // Tarjeta, CartaoCredito, Kreditkarte: a payment card named in another language.
        return CardDataForeignNames.NamesPaymentCardType(words);
    }

    // A type about a card that is not a payment card (MemberCard, GiftCardDto, AlipayMemberCardOpenRequest) and about no
    // payment card (a type that also says credit, debit or bank card stays a payment type).
    private static bool NamesNonPaymentCardType(string typeName)
    {
        if (typeName.IndexOf("card", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return false;
        }

        List<string> words = IdentifierWords.Split(typeName);
        bool negated = false;
        for (int i = 0; i < words.Count; i++)
        {
            string word = words[i];
            if (word == "card" || (word.EndsWith("card", StringComparison.Ordinal) && word.Length > 4))
            {
                if (!IsNegatedCard(words, i))
                {
                    return false;
                }

                negated = true;
            }
        }

        return negated;
    }

    private static bool IsNegatedCard(List<string> words, int cardIndex)
    {
        // Look at the qualifier right before "card" (GiftCardNumber) and at the word itself (giftcardnumber
        // has been split as one word but its prefix tells).
        if (cardIndex > 0 && NonPaymentCardQualifiers.Contains(words[cardIndex - 1]))
        {
            return true;
        }

        string word = words[cardIndex];
        foreach (string qualifier in NonPaymentCardQualifiers)
        {
            if (word.Length > qualifier.Length && word.StartsWith(qualifier, StringComparison.Ordinal) && word.IndexOf("card", StringComparison.Ordinal) == qualifier.Length)
            {
                return true;
            }
        }

        return false;
    }

    // "Last4", "LastFourDigits", "First6": truncated forms. A lone "last" is not ("LastCardNumber" is a full PAN).
    // First3CardDigits, FirstFourDigits, First8 (issue 18, set 18): a shorter issuer prefix or the eight-digit BIN is
    // fewer digits than the first six PCI DSS allows.
    private static bool HasTruncationPhrase(List<string> words)
    {
        for (int i = 0; i + 1 < words.Count; i++)
        {
            string next = words[i + 1];
            if ((words[i] == "last" && (next == "4" || next == "four" || next == "digits"))
                || (words[i] == "first" && (next == "6" || next == "six" || next == "digits" || next == "3" || next == "three" || next == "4"
                                            || next == "four" || next == "8" || next == "eight")))
            {
                return true;
            }
        }

        return false;
    }

    // True when every safe word in the name is a protection word (encrypted, hashed...), so a SAD name stays SAD.
    private static bool OnlyProtectionSafeWords(List<string> words)
    {
        bool sawProtection = false;
        foreach (string word in words)
        {
            if (ProtectionWords.Contains(word))
            {
                sawProtection = true;
            }
            else if (SafeWords.Contains(word))
            {
                return false;
            }
        }

        return sawProtection && !HasTruncationPhrase(words);
    }

    // PaymentCard.Numbers (issue 18, set 21): the card's digits named in the plural; a bare number still needs a card type
    // with card siblings or a security code and an expiry beside it (a lottery ticket's Numbers has neither).
    private static bool IsBareNumber(List<string> words)
        => words.Count == 1 && (words[0] == "number" || words[0] == "num" || words[0] == "nbr" || words[0] == "numbers");

    /// <summary>
    /// A whole name that is only "Number" or "Num" (any case): a member, parameter or SQL parameter that says what it
    /// holds only with the type or request around it (<c>Card.Number</c>, <c>@number</c> beside <c>@cvv</c>).
    /// </summary>
    internal static bool IsBareNumberName(string name)
        => string.Equals(name, "number", StringComparison.OrdinalIgnoreCase) || string.Equals(name, "num", StringComparison.OrdinalIgnoreCase);

    // Words of a type that models a magnetic-stripe track or swipe (Track01Info, Track2, MagneticCardInfo, MsrSwipe).
    private static readonly HashSet<string> SwipeTypeWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "track", "magnetic", "magstripe", "msr", "swipe", "swiped",
    };

    /// <summary>
    /// A bare raw member (<c>Raw</c>, <c>RawData</c>, <c>RawTrack</c>, <c>RawText</c>) of a type named as a magnetic-stripe
    /// track or swipe whose other members are the stripe's fields: the tracks themselves (<c>Track1</c>, <c>Track2</c>), or the
    /// service code beside the card's number or expiry. A music track's or tracking record's <c>Raw</c> has none of them.
    /// </summary>
    private static bool NamesRawSwipe(List<string> words, string name, string containingTypeName, IEnumerable<string> siblingNames)
    {
        if (words.Count == 0 || words[0] != "raw" || words.Count > 2 || (words.Count == 2 && words[1] is not ("data" or "track" or "text" or "string" or "value" or "swipe")))
        {
            return false;
        }

        if (!IdentifierWords.ContainsAnyWord(IdentifierWords.Split(containingTypeName), SwipeTypeWords))
        {
            return false;
        }

        bool tracks = false;
        bool serviceCode = false;
        bool cardField = false;
        foreach (string sibling in siblingNames)
        {
            if (string.Equals(sibling, name, StringComparison.Ordinal))
            {
                continue;
            }

            string normalized = IdentifierWords.Normalize(sibling);
            tracks |= normalized is "track1" or "track2" or "track01" or "track02";
            serviceCode |= normalized == "servicecode";
            cardField |= normalized.StartsWith("exp", StringComparison.Ordinal) || normalized == "pan"
                         || (MayNameCardData(sibling) && NamesPan(IdentifierWords.Split(sibling)));
        }

        return tracks || (serviceCode && cardField);
    }

    // AccountNumber, AcctNo, account_num: the name a card reader gives the card's number (and a bank its account's).
    private static bool NamesAccountNumber(List<string> words)
        => (words.Count == 2 && words[0] is "account" or "acct" or "acc" && NumberWords.Contains(words[1]))
           || (words.Count == 1 && words[0] is "accountnumber" or "accountno" or "acctno" or "acctnumber");

    /// <summary>
    /// The members of a swiped or read card (what an MSR or PIN pad reports): an expiry and a magnetic-stripe field (the
    /// card's three-digit <c>ServiceCode</c>, track data), and no other member named as the card number (<c>DebitCard {
    /// CardNumber, AccountNumber, Expiry }</c> links a bank account). A bill payment's <c>{ AccountNumber, ServiceCode }</c>
    /// has no expiry.
    /// </summary>
    private static bool HasSwipedCardSiblings(string name, IEnumerable<string> siblingNames)
    {
        bool expiry = false;
        bool stripe = false;
        foreach (string sibling in siblingNames)
        {
            if (string.Equals(sibling, name, StringComparison.Ordinal))
            {
                continue;
            }

            string normalized = IdentifierWords.Normalize(sibling);
            expiry |= normalized.StartsWith("exp", StringComparison.Ordinal);
            stripe |= normalized == "servicecode" || normalized.StartsWith("track", StringComparison.Ordinal);
            if (MayNameCardData(sibling))
            {
                List<string> words = IdentifierWords.Split(sibling);
                if (!IdentifierWords.ContainsAnyWord(words, SafeWords) && !HasTruncationPhrase(words) && NamesPan(words))
                {
                    return false;
                }
            }
        }

        return expiry && stripe;
    }

    // Both a security code (Cvc, Cvv2, SecurityCode) and an expiry (Exp, ExpiryDate, ExpMonth) among the members.
    private static bool HasSecurityCodeAndExpirySiblings(IEnumerable<string> siblingNames)
    {
        bool code = false;
        bool expiry = false;
        foreach (string sibling in siblingNames)
        {
            string normalized = IdentifierWords.Normalize(sibling);
            code |= normalized.StartsWith("cvc", StringComparison.Ordinal) || normalized.StartsWith("cvv", StringComparison.Ordinal)
                    || normalized == "securitycode" || normalized == "cvn" || normalized == "csc";
            expiry |= normalized.StartsWith("exp", StringComparison.Ordinal);
        }

        return code && expiry;
    }

    // CardCvv and CardExpirationMonth, or Cvv and ExpiryDate: the card's security code and expiry, with or without the card word.
    private static bool HasCardOwnCodeAndExpirySiblings(IEnumerable<string> siblingNames)
    {
        bool code = false;
        bool expiry = false;
        foreach (string sibling in siblingNames)
        {
            string normalized = IdentifierWords.Normalize(sibling);
            if (normalized.StartsWith("card", StringComparison.Ordinal))
            {
                normalized = normalized.Substring(4);
            }

            code |= normalized.StartsWith("cvc", StringComparison.Ordinal) || normalized.StartsWith("cvv", StringComparison.Ordinal)
                    || normalized == "securitycode" || normalized == "cvn" || normalized == "csc";
            expiry |= normalized.StartsWith("exp", StringComparison.Ordinal);
        }

        return code && expiry;
    }

    private static bool HasSecurityCodeSibling(IEnumerable<string> siblingNames)
    {
        foreach (string sibling in siblingNames)
        {
            string normalized = IdentifierWords.Normalize(sibling);
            if (normalized.StartsWith("cvc", StringComparison.Ordinal) || normalized.StartsWith("cvv", StringComparison.Ordinal)
                || normalized == "securitycode" || normalized == "cvn" || normalized == "csc")
            {
                return true;
            }
        }

        return false;
    }

    // A national identification number: NIN, NID, NationalId(Number), CitizenId, PassportNo.
    private static bool NamesNationalId(string sibling, string normalized)
    {
        if (normalized.Contains("nationalid") || normalized.Contains("citizenid") || normalized.Contains("passport"))
        {
            return true;
        }

        List<string> words = IdentifierWords.Split(sibling);
        return words.Count is 1 or 2 && words[0] is "nin" or "nid" && (words.Count == 1 || NumberWords.Contains(words[1]));
    }

    // Siblings of a bare card number that make it a national ID card's: a national id beside it and no other card field
    // (expiry, security code, holder) and no name of a payment card.
    private static bool HasNationalIdSibling(string name, IEnumerable<string> siblingNames)
    {
        bool nationalId = false;
        foreach (string sibling in siblingNames)
        {
            if (string.Equals(sibling, name, StringComparison.Ordinal))
            {
                continue;
            }

            string normalized = IdentifierWords.Normalize(sibling);
            if (IsCardFieldSibling(normalized) || normalized.Contains("expir") || normalized.Contains("cvv") || normalized.Contains("cvc")
                || normalized.Contains("creditcard") || normalized.Contains("debitcard") || normalized.Contains("bankcard"))
            {
                return false;
            }

            nationalId |= NamesNationalId(sibling, normalized);
        }

        return nationalId;
    }

    // A person's identity fields: birth date, citizen or national id, passport, the laser code on an ID card.
    private static readonly string[] CitizenIdentitySiblingFragments = { "birth", "dob", "citizen", "nationalid", "passport", "laser", "idcard" };

    // Siblings of a bare CID that make it a citizen id: an identity field and no card number or other card field.
    private static bool HasCitizenIdentitySiblings(string name, IEnumerable<string>? siblingNames)
    {
        if (siblingNames == null)
        {
            return false;
        }

        bool identity = false;
        foreach (string sibling in siblingNames)
        {
            if (string.Equals(sibling, name, StringComparison.Ordinal))
            {
                continue;
            }

            string normalized = IdentifierWords.Normalize(sibling);
            if (IsCardFieldSibling(normalized) || (MayNameCardData(sibling) && NamesPan(IdentifierWords.Split(sibling))))
            {
                return false;
            }

            identity |= IdentifierWords.ContainsAnyFragment(normalized, CitizenIdentitySiblingFragments);
        }

        return identity;
    }

    private static bool HasCardSiblings(IEnumerable<string> siblingNames)
    {
        foreach (string sibling in siblingNames)
        {
            if (IsCardFieldSibling(IdentifierWords.Normalize(sibling)))
            {
                return true;
            }
        }

        return false;
    }

    // One normalized member name that is another field of a payment card (expiry, security code, holder, validity...).
    private static bool IsCardFieldSibling(string normalized)
        => normalized.StartsWith("exp", StringComparison.Ordinal)
           || normalized.StartsWith("cvc", StringComparison.Ordinal)
           || normalized.StartsWith("cvv", StringComparison.Ordinal)
           || normalized.Contains("holder")
           || normalized == "securitycode"
           || normalized == "verificationcode"
           // Validity, ValidThru, ValidUntil: the card's validity dates (not IsValid, Validate...: member names include methods).
           || normalized == "validity" || normalized == "validthru" || normalized == "validthrough" || normalized == "validuntil"
           || normalized == "validtill" || normalized == "validto" || normalized == "validfrom" || normalized == "validdate"
           // The parts of a card number (ISO/IEC 7812): check digit, major industry identifier, issuer identification.
           || normalized == "checkdigit"
           || normalized == "majorindustryidentifier"
           || normalized.StartsWith("issuingnetwork", StringComparison.Ordinal)
           || CardDataForeignNames.IsCardSiblingName(normalized);

    // Every name Classify can recognise contains one of these fragments (card, cc, pan, primary account number,
    // security codes, track data, PIN, a bare "number" on a card type); a superset is fine, a miss is not.
    private static readonly string[] CardFragments =
    {
        "card", "cc", "pan", "primary", "cv", "cav", "cid", "csc", "secu", "secru", "serc", "track", "mag", "pin", "num", "nbr", "verif",
        // ThreeDigit, 3Digits: a security code named by its length (card data only beside a card number).
        "digit",
        // Kontrolcifre, Kontrollsiffer: Scandinavian "control digits" (card data only beside a card number).
        "kontrolci", "kontrollsi",
        // CSV: the CVV misspelt (card data only on a payment-card type beside a card number).
        "csv",
    };

    /// <summary>
    /// hideCardNumber, HidePan, HideBankCardNo (issue 18, set 21: 隐藏部分银行卡号, "hide part of the card number"): "hide"
    /// as the first word, then the card or its number, is masking by another verb. Not HideCardPanel or ShouldHideCard:
    /// the verb must lead and the last word must be the number (card, pan, no, number, num).
    /// </summary>
    internal static bool IsHidingHelperName(string methodName) => IsHidingHelperName(IdentifierWords.Split(methodName));

    private static bool IsHidingHelperName(List<string> words)
    {
        if (words.Count < 2 || words[0] != "hide")
        {
            return false;
        }

        string last = words[words.Count - 1];
        bool namesCard = false;
        for (int i = 1; i < words.Count; i++)
        {
            namesCard |= words[i] is "card" or "pan" or "cardno" or "cardnum" or "cardnumber" or "bankcard" or "creditcard";
        }

        return namesCard && last is "card" or "pan" or "no" or "number" or "num" or "cardno" or "cardnum" or "cardnumber" or "bankcard" or "creditcard";
    }

    // A bare "Code" is card data only on a payment-card type beside the card's number (Card { CardNumber, Code, Validity }).
    internal static bool MayNameCardData(string name)
        => IdentifierWords.ContainsAnyFragment(name, CardFragments) || IdentifierWords.ContainsAnyFragment(name, CardDataForeignNames.Fragments)
           || string.Equals(name, "code", StringComparison.OrdinalIgnoreCase)
           // Raw, RawData, _raw: a magnetic-stripe parser's raw track (only on a track or swipe type, see NamesRawSwipe).
           || name.StartsWith("raw", StringComparison.OrdinalIgnoreCase) || name.StartsWith("_raw", StringComparison.OrdinalIgnoreCase);

}
