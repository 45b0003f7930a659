namespace FinGuard.Analyzers.Shared;

/// <summary>
/// A small vocabulary of card-number, security-code and expiry names in Spanish, Portuguese, French, German,
/// Italian, Turkish, Polish and Czech (<c>NumeroTarjeta</c>, <c>NumeroCartao</c>, <c>NumeroCarte</c>, <c>Kartennummer</c>, <c>NumeroCarta</c>,
/// <c>KartNumarası</c>/<c>KartNo</c>;
/// <c>CodigoSeguridad</c>, <c>CodigoSeguranca</c>, <c>CodeSecurite</c>, <c>Sicherheitscode</c>,
/// <c>CodiceSicurezza</c>; <c>FechaVencimiento</c>, <c>DataValidade</c>, <c>Ablaufdatum</c>, <c>DataScadenza</c>).
/// Payment code written with identifiers in these languages holds the same PANs and CVVs; the English recogniser
/// alone missed them (issue 18, set 4). Look-alikes stay clean: an account number (<c>NumeroCuenta</c>), a postal or
/// discount code (<c>CodigoPostal</c>, <c>CodigoDescuento</c>), a gift or loyalty card (<c>TarjetaRegalo</c>,
/// <c>CarteCadeau</c>, <c>Geschenkkarte</c>), a login code (<c>CodigoSeguridadEmail</c>). Romance languages put the
/// qualifier after the noun, so the words after the card or code word are checked too. Accented and unaccented
/// spellings are both listed (identifiers are often written without accents).
/// </summary>
internal static class CardDataForeignNames
{
    // "Card" (payment card) in es, pt, fr, de, it, tr.
    private static readonly HashSet<string> CardWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "tarjeta", "tarjetas", "cartao", "cartão", "cartoes", "cartões", "carte", "cartes", "carta",
        "karte", "karten", "kreditkarte", "kreditkarten", "debitkarte", "bankkarte",
        // Turkish (issue 18, set 14: three repositories): kart, kartı (its card), kredi kartı, banka kartı. Written with
        // and without the dotless ı.
        "kart", "karti", "kartı", "kartin", "kartın", "kredikarti", "kredikartı", "bankakarti", "bankakartı",
        // Polish, Czech and Slovak (issue 18, set 22: KartaPlatnicza.NumerKarty): karta, its genitive karty ("numer karty",
        // "číslo karty") and other cases (kartę, kartą). Kartka (a sheet, a postcard) and Kartoteka (a card index) are
        // other words and never match a whole word here.
        "karta", "karty", "kartę", "kartą", "kartou", "karticka", "kartička", "kartyczka",
    };

    // "Number" in es, pt, fr, de, it (English number words are the English recogniser's).
    private static readonly HashSet<string> NumberWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "numero", "número", "numéro", "nro", "num", "nummer", "nr",
        // Turkish: numara, numarası (its number), numarasını.
        "numara", "numarasi", "numarası", "numarasini", "numarasını",
        // Polish numer, Czech and Slovak číslo (issue 18, set 22: NumerKarty, NrKarty, CisloKarty).
        "numer", "cislo", "číslo",
    };

    // "No" after a card word only (KartNo, TarjetaNo): before one it is the negation "no".
    private static bool IsNumberAfterCard(string word) => NumberWords.Contains(word) || word == "no";

    // Whole lower-case words the splitter cannot split.
    private static readonly HashSet<string> PanWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "numerotarjeta", "numtarjeta", "nrotarjeta", "numerocartao", "numerocarte", "numerocarta",
        "kartennummer", "kreditkartennummer", "kartennr",
        "kartno", "kartnumarasi", "kartnumarası", "kartnumara",
        // Turkish KK (kredi kartı, credit card) No and "kredi kartı no" written as one word (issue 18, set 20: KK_No, KKNo).
        "kkno", "kredikartino", "kredikartno", "kredikartinumarasi", "kredikartnumarasi",
        // Danish, Norwegian and Swedish (issue 18, set 19: Betaling.Kortnummer): kort (card) + nummer, written as one word.
        "kortnummer", "kortnr", "kreditkortnummer", "betalingskortnummer", "betalkortsnummer",
        // Polish and Czech "number of the card" written as one word (numerkarty, nrkarty, cislokarty).
        "numerkarty", "nrkarty", "cislokarty", "číslokarty",
    };

    // Qualifiers that make the card a non-payment card: gift, loyalty, membership, identity, SIM, transport, health.
    private static readonly HashSet<string> NonPaymentQualifiers = new HashSet<string>(StringComparer.Ordinal)
    {
        "regalo", "presente", "cadeau", "geschenk", "fidelidad", "fidelidade", "fidelite", "fidélité", "fedelta",
        "fedeltà", "socio", "membre", "mitglied", "identidad", "identidade", "identite", "identité", "identita",
        "identità", "sim", "transporte", "transport", "salud", "saude", "saúde", "sante", "santé", "vitale",
        "sanitaria", "sanitaire", "kunden", "bonus", "puntos", "pontos", "points", "grise", "visita", "visite",
        "gift", "loyalty",
        // Turkish: gift, loyalty, member(ship), identity, student, transport, points, discount cards.
        "hediye", "sadakat", "uye", "üye", "uyelik", "üyelik", "kimlik", "ogrenci", "öğrenci", "ulasim", "ulaşım",
        "puan", "indirim",
        // Cards and "cartas" that are documents or menus: carta porte (a Mexican waybill), carta poder, carta menu;
        // discount cards.
        "porte", "poder", "menu", "vinos", "descuento", "desconto", "remise", "rabatt", "sconto",
        // German cards that are maps, tickets, menus or documents (Landkarte, Fahrkarte, Eintrittskarte, Speisekarte,
        // Postkarte, Visitenkarte, Versichertenkarte, Lohnsteuerkarte, Stempelkarte), written apart or as one word.
        "land", "fahr", "eintritts", "eintritt", "speise", "getraenke", "getränke", "post", "visiten", "versicherten",
        "kranken", "gesundheits", "lohnsteuer", "steuer", "stempel", "stech", "zeit", "monats", "wochen", "jahres",
        "tages", "netz", "park", "mitglieds", "spiel", "sammel", "bahn",
        // Polish cards that are not payment cards: gift, loyalty, customer, patient, city, student, library, membership,
        // employee, access, parking, SIM and insurance cards (KartaPodarunkowa, NumerKartyPacjenta, KartaMiejska).
        "podarunkowa", "podarunkowej", "podarunkowe", "lojalnosciowa", "lojalnościowa", "lojalnosciowej", "lojalnościowej",
        "stalego", "stałego", "klienta", "pacjenta", "miejska", "miejskiej", "studenta", "studencka", "biblioteczna",
        "bibliotecznej", "czlonkowska", "członkowska", "pracownika", "dostepu", "dostępu", "wstepu", "wstępu", "parkingowa",
        "ubezpieczenia", "zdrowia", "rabatowa", "rabatowej", "pamieci", "pamięci", "graficzna", "sieciowa", "dzwiekowa",
        "dźwiękowa",
    };

    // Safe forms in these languages: type, brand, masked, last digits, encrypted, token.
    private static readonly HashSet<string> SafeWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "tipo", "typ", "marca", "marque", "marke", "mascara", "máscara", "enmascarado", "mascarado", "masque",
        "masquee", "masquée", "maskiert", "mascherato", "ultimos", "últimos", "ultimi", "derniers", "letzte",
        "cifrado", "criptografado", "chiffre", "chiffré", "verschluesselt", "verschlüsselt", "cifrato", "resultado",
        "risultato", "ergebnis", "resultat", "résultat", "respuesta", "resposta", "reponse", "réponse", "antwort",
        "risposta", "valido", "válido", "valida", "valide", "gueltig", "gültig", "validar", "validacion",
        "validación", "validacao", "validação", "verificar",
        // Turkish: type (tür, türü, tipi), last (son: son dört hane = last four digits; son kullanma = expiry), expiry
        // (son kullanım tarihi), masked, encrypted, holder.
        "tur", "tür", "turu", "türü", "tipi", "son", "kullanim", "kullanım", "kullanma", "maskeli", "maskelenmis",
        "maskelenmiş", "sifreli", "şifreli", "sahip", "sahibi",
        // A gateway's return-value field (TURKPOS_RETVAL_KK_No): the masked number it posts back after its own card page.
        "retval",
    };

    // "Code" and "security"/"verification" in es, pt, fr, it.
    private static readonly HashSet<string> CodeWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "codigo", "código", "cod", "code", "codice",
    };

    private static readonly HashSet<string> SecurityWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "seguridad", "seguranca", "segurança", "securite", "sécurité", "sicurezza",
        // CodigoSeg, CodSeg (issue 18, set 18): the abbreviation, only right after a code word.
        "seg",
    };

    // A verification code is a card's only next to a card word (CodigoVerificacionTarjeta); alone it is a login code.
    private static readonly HashSet<string> VerificationWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "verificacion", "verificación", "verificacao", "verificação", "verification", "vérification", "verifica",
    };

    // Whole words that mean "card security code".
    private static readonly HashSet<string> SecurityCodeWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "codigoseguridad", "codigoseguranca", "codesecurite", "codicesicurezza", "sicherheitscode",
        "kartenpruefnummer", "kartenprüfnummer", "kartenprufnummer", "kartenpruefziffer", "kartenprüfziffer",
        "cryptogrammevisuel",
    };

    // Codes that are not card codes: e-mail, SMS, login, two-factor, door, wifi, alarm.
    private static readonly HashSet<string> NonCardCodeQualifiers = new HashSet<string>(StringComparer.Ordinal)
    {
        "email", "correo", "sms", "login", "acceso", "acesso", "acces", "accès", "zugang", "accesso", "wifi",
        "alarma", "alarme", "alarm", "puerta", "porta", "porte", "tuer", "tür", "usuario", "usuário", "utilisateur",
        "benutzer", "utente", "cuenta", "conta", "compte", "konto", "conto", "app", "otp", "dispositivo", "device",
    };

    // Expiry names (the card's other fields, used to recognise a card type by its members).
    private static readonly string[] ExpiryFragments =
    {
        "vencimiento", "caducidad", "expiracion", "expiración", "vencimento", "validade", "expiration",
        "ablauf", "gueltigbis", "gültigbis", "scadenza",
        // Turkish son kullanma/kullanım (tarihi): expiry.
        "sonkullan",
        // Polish data ważności (DataWaznosci): expiry.
        "waznosc", "ważnośc", "ważność",
    };

    /// <summary>Fragments every name this vocabulary recognises contains (the cheap prefilter's share).</summary>
    internal static readonly string[] Fragments =
    {
        // "num" and "secur" (numero, securite) are already in the English recogniser's fragments.
        "tarjet", "cartao", "cartão", "cartõe", "cartoe", "carte", "carta", "codig", "códig", "codic",
        "sicher", "sécur", "cryptogramme", "númer", "numér", "prüf", "pruef", "pruf",
        // German karte and Turkish kart; Turkish numara.
        "kart", "numara",
        // CodSeguranca, CodSeg: the short "cod" before "seguranca"/"seguridad" has none of the fragments above.
        "codseg",
        // Danish/Norwegian/Swedish kortnr (kortnummer has "num").
        "kortnr",
        // Turkish KK_No, KKNo (kredi kartı no).
        "kkno", "kk_no",
        // Czech and Slovak číslo (CisloKarty; Polish karta and numer are covered by "kart" and "num").
        "cislo", "číslo",
    };

    /// <summary>True when the words spell a payment card's number: NumeroTarjeta, NumeroCartao, Kartennummer.</summary>
    internal static bool NamesPan(List<string> words)
    {
        if (IdentifierWords.ContainsAnyWord(words, SafeWords))
        {
            return false;
        }

        for (int i = 0; i < words.Count; i++)
        {
            string word = words[i];
            if (PanWords.Contains(word))
            {
                return !IsNegatedCard(words, i);
            }

            // KK_No, KK_Numarasi: "KK" (kredi kartı, credit card) is a card only before a number word; alone it is anything.
            if (word == "kk" && i + 1 < words.Count && IsNumberAfterCard(words[i + 1]))
            {
                return true;
            }

            // _kK_No (issue 18, set 24: a Turkish POS request's private fields _kK_Sahibi, _kK_No, _kK_CVC): the same "KK" written
            // "kK", which the splitter cuts into two letters; only as the whole name.
            if (word == "k" && i == 0 && words.Count == 3 && words[1] == "k" && IsNumberAfterCard(words[2]))
            {
                return true;
            }

            if (!IsCardWord(word) || IsNegatedCard(words, i))
            {
                continue;
            }

            // Romance order "numero tarjeta" (optionally "numero de tarjeta") or German/English order "karten nummer".
            if ((i > 0 && NumberWords.Contains(words[i - 1]))
                || (i > 1 && NumberWords.Contains(words[i - 2]) && IsLinkWord(words[i - 1]))
                || (i + 1 < words.Count && IsNumberAfterCard(words[i + 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the words spell a card security code: CodigoSeguridad, CodigoDeSeguranca, CodeSecurite,
    /// CodiceSicurezza, Sicherheitscode, Kartenprüfnummer, CryptogrammeVisuel; a verification code only with a card
    /// word or on a payment-card type (<paramref name="cardContext"/>).
    /// </summary>
    internal static bool NamesSecurityCode(List<string> words, bool cardContext)
    {
        if (IdentifierWords.ContainsAnyWord(words, SafeWords) || HasNonCardQualifier(words))
        {
            return false;
        }

        bool hasCardWord = false;
        for (int i = 0; i < words.Count; i++)
        {
            if (IsCardWord(words[i]))
            {
                if (IsNegatedCard(words, i))
                {
                    return false;
                }

                hasCardWord = true;
            }
        }

        for (int i = 0; i < words.Count; i++)
        {
            string word = words[i];
            if (SecurityCodeWords.Contains(word))
            {
                return true;
            }

            if (word == "cryptogramme" && i + 1 < words.Count && words[i + 1] == "visuel")
            {
                return true;
            }

            // CarteCredit.numero_secret (issue 18, set 19): French "secret number/code", the code on the card, only with a card
            // word or on a payment-card type (elsewhere a password or a login code).
            if ((hasCardWord || cardContext) && (NumberWords.Contains(word) || CodeWords.Contains(word)) && i + 1 < words.Count && words[i + 1] == "secret")
            {
                return true;
            }

            if (!CodeWords.Contains(word))
            {
                continue;
            }

            // "codigo seguridad", "codigo de seguridad", "code de sécurité".
            int next = i + 1 < words.Count && IsLinkWord(words[i + 1]) ? i + 2 : i + 1;
            if (next < words.Count
                && (SecurityWords.Contains(words[next]) || ((hasCardWord || cardContext) && VerificationWords.Contains(words[next]))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for a card word of these languages that is not a gift, loyalty or identity card.</summary>
    internal static bool NamesPaymentCardType(List<string> words)
    {
        for (int i = 0; i < words.Count; i++)
        {
            if (IsCardWord(words[i]) && !IsNegatedCard(words, i) && !IdentifierWords.ContainsAnyWord(words, SafeWords))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A bare "Numero" (a card type's number member).</summary>
    internal static bool IsBareNumber(List<string> words)
        => words.Count == 1 && (words[0] == "numero" || words[0] == "número" || words[0] == "numéro" || words[0] == "nummer" || words[0] == "numer");

    /// <summary>An expiry or security-code member name of these languages (a card type's other fields).</summary>
    internal static bool IsCardSiblingName(string normalized)
    {
        foreach (string fragment in ExpiryFragments)
        {
            if (normalized.IndexOf(fragment, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        // CarteCredit { numero, detenteur, date, numero_secret }: the holder (détenteur, titulaire) and the secret code.
        if (normalized.StartsWith("detenteur", StringComparison.Ordinal) || normalized.StartsWith("détenteur", StringComparison.Ordinal)
            || normalized.StartsWith("titulaire", StringComparison.Ordinal) || normalized == "numerosecret" || normalized == "codesecret")
        {
            return true;
        }

        return normalized.StartsWith("codigoseg", StringComparison.Ordinal) || normalized.StartsWith("codicesic", StringComparison.Ordinal)
            || normalized.StartsWith("codesecur", StringComparison.Ordinal) || normalized == "sicherheitscode";
    }

    private static bool IsCardWord(string word) => CardWords.Contains(word);

    /// <summary>
    /// True when a word says the card is a credit card: <c>kk</c> before a number word (<c>KK_No</c>), <c>kredi</c>,
    /// <c>KrediKartı</c> written as one word, <c>Kreditkarte</c>, <c>TarjetaCredito</c>'s <c>credito</c>.
    /// </summary>
    internal static bool NamesCreditCardWord(List<string> words, int index)
    {
        string word = words[index];
        return (word == "kk" && index + 1 < words.Count && IsNumberAfterCard(words[index + 1]))
            || word is "kredi" or "kredikarti" or "kredikartı" or "kreditkarte" or "kreditkarten" or "credito" or "crédito" or "credit"
            || word.StartsWith("kredikart", StringComparison.Ordinal);
    }

    /// <summary>The bare card word (<c>kart</c>, <c>karti</c>, <c>tarjeta</c>, <c>karte</c>), no credit, debit or bank in it.</summary>
    internal static bool IsBareCardWord(string word) => word is "kart" or "karti" or "kartı" or "tarjeta" or "cartao" or "cartão" or "carte" or "karte" or "karta" or "karty";

    /// <summary>A number word after a card word (<c>no</c>, <c>numara</c>, <c>nummer</c>, <c>numero</c>).</summary>
    internal static bool IsCardNumberWord(string word) => IsNumberAfterCard(word);

    // "de", "do", "da", "du", "di", "del": "numero de tarjeta", "código de segurança".
    private static bool IsLinkWord(string word)
        => word == "de" || word == "do" || word == "da" || word == "du" || word == "di" || word == "del" || word == "della" || word == "des";

    // A qualifier right after the card word (TarjetaRegalo, CarteCadeau) or right before it (GeschenkKarte), or a
    // German compound that starts with one (geschenkkarte, kundenkarte).
    private static bool IsNegatedCard(List<string> words, int cardIndex)
    {
        if ((cardIndex + 1 < words.Count && NonPaymentQualifiers.Contains(words[cardIndex + 1]))
            || (cardIndex + 2 < words.Count && IsLinkWord(words[cardIndex + 1]) && NonPaymentQualifiers.Contains(words[cardIndex + 2]))
            || (cardIndex > 0 && NonPaymentQualifiers.Contains(words[cardIndex - 1])))
        {
            return true;
        }

        string word = words[cardIndex];
        foreach (string qualifier in NonPaymentQualifiers)
        {
            if (word.Length > qualifier.Length && word.StartsWith(qualifier, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasNonCardQualifier(List<string> words)
    {
        foreach (string word in words)
        {
            if (NonCardCodeQualifiers.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

}
