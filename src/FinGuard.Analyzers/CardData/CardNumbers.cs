using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.CardData;

/// <summary>
/// Recognises card numbers in text: 13–19 digits, optionally grouped by single spaces or dashes, that pass
/// the Luhn check AND carry a card brand's prefix and length. The brand check is what keeps version strings,
/// millisecond timestamps, order numbers and ids quiet: one random digit run in ten passes Luhn, far fewer
/// also start like a Visa/Mastercard/Amex/Discover/JCB/Diners/UnionPay/Maestro number of the right length.
/// </summary>
internal static class CardNumbers
{
    // Published processor test numbers (Stripe, Braintree, Adyen, Checkout.com, Cybersource, PayPal sandbox).
    private static readonly HashSet<string> KnownTestNumbers = new HashSet<string>(StringComparer.Ordinal)
    {
        "4242424242424242", "4000056655665556", "5555555555554444", "2223003122003222", "5200828282828210",
        "5105105105105100", "378282246310005", "371449635398431", "6011111111111117", "6011000990139424",
        "6011981111111113", "3056930009020004", "36227206271667", "3566002020360505", "6200000000000005",
        "6205500000000000004", "4111111111111111", "4012888888881881", "4222222222222", "4000000000000002",
        "4000000000009995", "4000000000000069", "4000000000000127", "4000000000000119", "4000000000000077",
        "4000002500003155", "4000000000003220", "4000000000003063", "4000000000000341", "4000000760000002",
        "4000001240000000", "4000004840008001", "4000000000000101", "4000000000000010", "4000000000000028",
        "4000000000000036", "4000000000000044", "4000000000000259", "4000000000001976", "4100000000000019",
        "5454545454545454", "5555555555554477", "4005519200000004", "4009348888881881", "4012000033330026",
        "4012000077777777", "4217651111111119", "4500600000000061", "3530111333300000", "5555341244441115",
        "370000000000002", "4917610000000000", "4400000000000008", "2222400070000005", "5577000055770004",
        "4444333322221111", "5500000000000004", "340000000000009", "30000000000004", "6011000000000004",
        "4543474002249996", "5436031030606378", "345678901234564", "4035501000000008", "4360000001000005",
        "4988438843884305", "4166676667666746", "4646464646464644", "5101180000000007", "2222410700000002",
        "4032039105587264", "4032035013867146", "5110929271376834", "4111111111111111111", "36259600000004",
        "38520000023237", "30569309025904", "378734493671000",
        // Turkish virtual POS test cards published by PayTR (dev.paytr.com/direkt-api/test-kart-bilgileri) and Paynet
        // (doc.paynet.com.tr/genel-bilgiler/test-kartlari) for the Asseco/EST (NestPay) test environment.
        "4355084355084358", "5406675406675403", "5571135571135575",
        // Flutterwave (Rave) test cards (developer.flutterwave.com/v2.0/docs/test-cards).
        "5438898014560229", "5531886652142950", "4187427415564246", "5377283645077450", "5590131743294314",
        "5258585922666506", "4556052704172643",
        // Fondy (CloudIPSP) test cards (docs.fondy.eu/en/docs/page/2/): approved and declined, with and without 3-D Secure.
        "4444555566661111", "4444111166665555", "4444555511116666", "4444111155556666",
        // Stripe Terminal's test cards for the simulated reader (docs.stripe.com/terminal/references/testing): Interac,
        // eftpos Australia, Cartes Bancaires, girocard, offline and online PIN, refund failure.
        "4506445006931933", "6280000360000978", "4000050360000001", "5555050360000080", "4000002500001001",
        "5555552500001001", "4711009900000316877", "4001007020000002", "4000008260000075", "4001000360000005",
        "4000002760000008", "4000000000005126",
        // Turkish banks' virtual-POS test cards from their integration kits: QNB Finansbank (NestPay) and Kuveyt Türk.
        "4022774022774026", "4033602562020327",
        // iyzico's sandbox test cards (dev.iyzipay.com/tr/test-kartlari; issue 18, set 25): one per Turkish bank and type,
        // the foreign card, and the cards that return a given error.
        "5890040000000016", "5526080000000006", "4766620000000001", "4603450000000000", "4987490000000002",
        "5311570000000005", "5170410000000004", "5400360000000003", "374427000000003", "4475050000000003",
        "5528790000000008", "4059030000000009", "5504720000000003", "5892830000000000", "4543590000000006",
        "4910050000000006", "4157920000000002", "5168880000000002", "5451030000000000", "5400010000000004",
        "5406670000000009", "4111111111111129", "4129111111111111", "4128111111111112", "4127111111111113",
        "4126111111111114", "4125111111111115", "4124111111111116", "4123111111111117", "4122111111111118",
        "4121111111111119",
        // Mercado Pago's test cards (mercadopago.com.ar developers, "Tarjetas de prueba"; issue 18, set 25): Mastercard,
        // Visa and American Express credit, Mastercard and Visa debit.
        "5031755734530604", "4509953566233704", "371180303257522", "5287338310253304", "4002768694395619",
    };

    /// <summary>The card brand for a Luhn-valid 13–19 digit number with a brand prefix and length, else null.</summary>
    public static string? Brand(string digits)
    {
        int length = digits.Length;
        if (length < 13 || length > 19 || !IsAllDigits(digits) || IsOneRepeatedDigit(digits) || IsDateTimeTicks(digits) || !PassesLuhn(digits))
        {
            return null;
        }

        int p1 = digits[0] - '0';
        int p2 = Prefix(digits, 2);
        int p3 = Prefix(digits, 3);
        int p4 = Prefix(digits, 4);
        switch (p1)
        {
            case 4:
                return length == 13 || length == 16 || length == 19 ? "Visa" : null;
            case 5:
                if (p2 >= 51 && p2 <= 55)
                {
                    return length == 16 ? "Mastercard" : null;
                }

                return length >= 13 && (p2 == 50 || p2 >= 56) ? "Maestro" : null;
            case 2:
                return p4 >= 2221 && p4 <= 2720 && length == 16 ? "Mastercard" : null;
            case 3:
                if (p2 == 34 || p2 == 37)
                {
                    return length == 15 ? "American Express" : null;
                }

                if (p4 >= 3528 && p4 <= 3589)
                {
                    return length >= 16 ? "JCB" : null;
                }

                if (p2 == 36 || p2 == 38 || p2 == 39 || (p3 >= 300 && p3 <= 305) || p3 == 309)
                {
                    return length >= 14 ? "Diners Club" : null;
                }

                return null;
            case 6:
                if (p4 == 6011 || p2 == 65 || (p3 >= 644 && p3 <= 649))
                {
                    return length >= 16 ? "Discover" : null;
                }

                if (p2 == 62)
                {
                    return length >= 16 ? "UnionPay" : null;
                }

                return length >= 13 ? "Maestro" : null;
            default:
                return null;
        }
    }

    public static bool IsKnownTestNumber(string digits) => KnownTestNumbers.Contains(digits);

    /// <summary>
    /// Whether an identifier files what it names as test data: the word <c>Test</c>, <c>Tests</c>, <c>Testing</c> or
    /// <c>Sandbox</c> (<c>TestCards</c>, <c>RunTests</c>, <c>SandboxValues</c>); words that merely contain the letters
    /// (<c>Latest</c>, <c>Contest</c>, <c>Attest</c>) do not count.
    /// </summary>
    public static bool NamesTestValue(string identifier)
    {
        foreach (string word in IdentifierWords.Split(identifier))
        {
            if (word == "sandbox" || word == "test" || word == "tests" || word == "testing")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether an identifier names a simulation: the word <c>Simulate</c>, <c>Simulated</c>, <c>Simulation</c> or
    /// <c>Simulator</c> (<c>SimulatePaymentAsync</c>, <c>RunSimulation</c>): a simulated card reader or payment is driven
    /// with the processor's test cards.
    /// </summary>
    public static bool NamesSimulation(string identifier)
    {
        if (identifier.IndexOf("imulat", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return false;
        }

        foreach (string word in IdentifierWords.Split(identifier))
        {
            if (word is "simulate" or "simulated" or "simulates" or "simulating" or "simulation" or "simulator")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a card number has the shape of a processor's synthetic test number: the account digits between the
    /// six-digit issuer prefix and the check digit use at most three distinct digits (<c>4000 1111 1111 1115</c>,
    /// <c>4229 9899 0000 0002</c>, <c>5066 9911 1111 1118</c>). Processors publish long lists of such numbers (one per
    /// card type, country or decline reason), more than any fixed list holds. A real account number of eight or nine
    /// random digits has this shape in well under one case in a hundred. A six- or seven-digit account part (13- and
    /// 14-digit numbers) counts with at most two distinct digits (<c>427329 000000 8</c>, a builder's first numbers for a
    /// BIN: issue 18, set 12), which three in a thousand random ones have; shorter account parts are not judged. A number
    /// typed as runs of counting digits (<c>2345-3456-4567-5678</c>) is one too (<see cref="IsKeyboardSequence"/>).
    /// </summary>
    public static bool HasTestNumberShape(string digits)
    {
        if (IsKeyboardSequence(digits))
        {
            return true;
        }

        int accountEnd = digits.Length - 1;
        int accountLength = accountEnd - 6;
        if (accountLength < 6)
        {
            return false;
        }

        int maxDistinct = accountLength >= 8 ? 3 : 2;
        int seen = 0;
        int distinct = 0;
        for (int i = 6; i < accountEnd; i++)
        {
            int bit = 1 << (digits[i] - '0');
            if ((seen & bit) == 0)
            {
                seen |= bit;
                if (++distinct > maxDistinct)
                {
                    return false;
                }
            }
        }

        return true;
    }

    // 2345-3456-4567-5678, 1234 5678 9012 3456 (issue 18, set 25: a mapper's unit test): every group of four (and the
    // last, shorter one) is a run of consecutive digits counting up, 9 followed by 0. Typed, not issued: a real account
    // number is no such run of runs, and the one in a hundred such strings that passes Luhn does so by chance.
    private static bool IsKeyboardSequence(string digits)
    {
        if (digits.Length < 13)
        {
            return false;
        }

        for (int i = 1; i < digits.Length; i++)
        {
            if (i % 4 != 0 && digits[i] - '0' != (digits[i - 1] - '0' + 1) % 10)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether a literal has the shape of a card security code: three or four digits (CVV2/CVC2, Amex CID). Only ever
    /// asked about a value set on a member or local already named as a security code, so "123" alone means nothing.
    /// </summary>
    public static bool HasSecurityCodeShape(string text)
        => (text.Length == 3 || text.Length == 4) && IsAllDigits(text);

    /// <summary>
    /// Whether a literal has the shape of magnetic-stripe track data: track 1 (<c>%B4111…^NAME/^YYMM…?</c>, the format
    /// code B, 12-19 digits, a caret) or track 2 (<c>;4111…=YYMM…?</c>, 12-19 digits, an equals sign, the expiry).
    /// </summary>
    public static bool HasTrackDataShape(string text)
    {
        int i = 0;
        if (i < text.Length && (text[i] == '%' || text[i] == ';'))
        {
            i++;
        }

        bool track1 = i < text.Length && (text[i] == 'B' || text[i] == 'b');
        if (track1)
        {
            i++;
        }

        int start = i;
        while (i < text.Length && IsDigit(text[i]))
        {
            i++;
        }

        int count = i - start;
        if (count < 12 || count > 19 || i + 4 >= text.Length)
        {
            return false;
        }

        if (track1)
        {
            return text[i] == '^';
        }

        return text[i] == '=' && IsDigit(text[i + 1]) && IsDigit(text[i + 2]) && IsDigit(text[i + 3]) && IsDigit(text[i + 4]);
    }

    public static bool PassesLuhn(string digits)
    {
        int sum = 0;
        bool doubleIt = false;
        for (int i = digits.Length - 1; i >= 0; i--)
        {
            int d = digits[i] - '0';
            if (doubleIt)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            doubleIt = !doubleIt;
        }

        return sum % 10 == 0;
    }

    /// <summary>
    /// Finds the first card number in text: a run of digits grouped by single spaces or dashes, standing alone
    /// (not glued to letters or other digits, so hex ids, GUIDs and longer numbers do not count).
    /// Returns the digits only, or null.
    /// </summary>
    public static string? FindInText(string text)
    {
        int i = 0;
        while (i < text.Length)
        {
            if (!IsDigit(text[i]) || (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || IsGluedSeparator(text, i - 1))))
            {
                i++;
                continue;
            }

            int start = i;
            int end = i;
            int digitCount = 0;
            char separator = '\0';
            bool consistent = true;
            while (end < text.Length)
            {
                char c = text[end];
                if (IsDigit(c))
                {
                    digitCount++;
                    end++;
                    continue;
                }

                if ((c == ' ' || c == '-') && end + 1 < text.Length && IsDigit(text[end + 1]))
                {
                    if (separator != '\0' && separator != c)
                    {
                        consistent = false;
                    }

                    separator = c;
                    end++;
                    continue;
                }

                break;
            }

            bool standsAlone = end >= text.Length || !(char.IsLetterOrDigit(text[end]) || text[end] == '.' && end + 1 < text.Length && IsDigit(text[end + 1]));
            if (consistent && standsAlone && digitCount >= 13 && digitCount <= 19)
            {
                string digits = DigitsOnly(text, start, end, digitCount);
                if (Brand(digits) != null)
                {
                    return digits;
                }
            }

            i = end + 1;
        }

        return null;
    }

    // "v1.2-4242..." or "abc-4242...": a separator glued to a letter or dot means the digits are part of an id.
    private static bool IsGluedSeparator(string text, int index)
    {
        char c = text[index];
        return (c == '-' || c == '.' || c == '_' || c == '/' || c == ':') && index > 0 && char.IsLetterOrDigit(text[index - 1]);
    }

    private static string DigitsOnly(string text, int start, int end, int count)
    {
        var chars = new char[count];
        int n = 0;
        for (int i = start; i < end; i++)
        {
            if (IsDigit(text[i]))
            {
                chars[n++] = text[i];
            }
        }

        return new string(chars, 0, n);
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private static bool IsAllDigits(string s)
    {
        foreach (char c in s)
        {
            if (!IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    // 638386601473813240: .NET DateTime ticks (100 ns since 0001-01-01) of a date between 2000 and 2040, the usual
    // payeeReference or order reference built from DateTime.Now.Ticks. Eighteen digits from 6308... to 6439...: an
    // 18-digit Maestro or Discover number there would need an issuer prefix (6308-6439) that no network assigns to cards
    // of that length; Ireland's Laser (6304) and Discover (644-649) stay outside (issue 18, dev set: a JSON fixture).
    private static bool IsDateTimeTicks(string digits)
        => digits.Length == 18 && string.CompareOrdinal(digits, "630822816000000000") >= 0 && string.CompareOrdinal(digits, "644000000000000000") < 0;

    private static bool IsOneRepeatedDigit(string digits)
    {
        for (int i = 1; i < digits.Length; i++)
        {
            if (digits[i] != digits[0])
            {
                return false;
            }
        }

        return true;
    }

    private static int Prefix(string digits, int length)
    {
        int value = 0;
        for (int i = 0; i < length; i++)
        {
            value = value * 10 + (digits[i] - '0');
        }

        return value;
    }
}
