using System.IO;
using System.Text;
using System.Xml;
using Microsoft.CodeAnalysis.Text;

namespace FinGuard.Analyzers.Secrets;

/// <summary>A credential found in a configuration file: the value's span (quotes included), its key path and what it is.</summary>
internal readonly record struct ConfigFinding(int Start, int Length, string Key, string What);

/// <summary>
/// Reads committed configuration files for FG4003 without ever throwing: a tolerant JSON reader (comments and
/// trailing commas, as <c>appsettings.json</c> allows) and <see cref="XmlReader"/> for <c>*.config</c>. A file that
/// does not parse yields no findings at all, so half-edited files never produce noise.
/// </summary>
internal static class ConfigFileScanner
{
    private const int MaxDepth = 128;
    private const int MinNamedSecretLength = 8;
    private static readonly char[] Quotes = { '"', '\'' };

    public static bool ScanJson(string text, List<ConfigFinding> findings)
    {
        var reader = new JsonReader(text, findings);
        int before = findings.Count;
        if (reader.ReadDocument())
        {
            return true;
        }

        findings.RemoveRange(before, findings.Count - before);
        return false;
    }

    public static bool ScanXml(SourceText source, List<ConfigFinding> findings)
    {
        int before = findings.Count;
        try
        {
            string text = source.ToString();
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreProcessingInstructions = true };
            using var stringReader = new StringReader(text);
            using XmlReader reader = XmlReader.Create(stringReader, settings);
            var lineInfo = reader as IXmlLineInfo;
            var elements = new Stack<string>();
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element)
                {
                    if (!reader.IsEmptyElement)
                    {
                        elements.Push(reader.LocalName);
                    }

                    if (reader.HasAttributes)
                    {
                        ScanAttributes(reader, lineInfo, source, text, findings);
                    }
                }
                else if ((reader.NodeType == XmlNodeType.Text || reader.NodeType == XmlNodeType.CDATA) && elements.Count > 0 && lineInfo != null && lineInfo.HasLineInfo())
                {
                    string value = reader.Value;
                    int start = OffsetOf(source, lineInfo.LineNumber, lineInfo.LinePosition);
                    int end = start < 0 ? -1 : text.IndexOf('<', start);
                    if (start >= 0 && end > start)
                    {
                        Check(elements.Peek(), value.Trim(), start, end - start, findings);
                    }
                }
                else if (reader.NodeType == XmlNodeType.EndElement && elements.Count > 0)
                {
                    elements.Pop();
                }
            }

            return true;
        }
        catch (XmlException)
        {
            findings.RemoveRange(before, findings.Count - before);
            return false;
        }
        catch (InvalidOperationException)
        {
            findings.RemoveRange(before, findings.Count - before);
            return false;
        }
    }

    private static void ScanAttributes(XmlReader reader, IXmlLineInfo? lineInfo, SourceText source, string text, List<ConfigFinding> findings)
    {
        string? key = reader.GetAttribute("key") ?? reader.GetAttribute("name");
        for (int i = 0; i < reader.AttributeCount; i++)
        {
            reader.MoveToAttribute(i);
            string name = reader.LocalName;
            if (name == "key" || name == "name" || lineInfo == null || !lineInfo.HasLineInfo())
            {
                continue;
            }

            int nameAt = OffsetOf(source, lineInfo.LineNumber, lineInfo.LinePosition);
            int equals = nameAt < 0 ? -1 : text.IndexOf('=', nameAt);
            int quote = equals < 0 ? -1 : text.IndexOfAny(Quotes, equals);
            int close = quote < 0 ? -1 : text.IndexOf(text[quote], quote + 1);
            if (close < 0)
            {
                continue;
            }

            bool isSetting = (name == "value" || name == "connectionString") && key != null;
            Check(isSetting ? key! : name, reader.Value, quote, close - quote + 1, findings, isAttributeName: !isSetting);
        }

        reader.MoveToElement();
    }

    private static int OffsetOf(SourceText source, int line, int column)
    {
        if (line < 1 || line > source.Lines.Count)
        {
            return -1;
        }

        TextLine textLine = source.Lines[line - 1];
        int offset = textLine.Start + column - 1;
        return offset >= textLine.Start && offset <= textLine.End ? offset : -1;
    }

    private static void Check(string key, string value, int start, int length, List<ConfigFinding> findings, bool isAttributeName = false)
    {
        if (SecretFormats.IsPlaceholder(value))
        {
            return;
        }

        // A processor's sandbox key is judged by its setting's name below, as any generated value is; Stripe test keys in a
        // developer's settings are a judgement call of their own (FG4003 page).
        SecretFormat format = SecretFormats.FindKnownKey(value, out _, out _);
        if (format != SecretFormat.None && format != SecretFormat.SandboxSecretKey)
        {
            // Test keys in a developer's settings file are not reported; live and webhook secrets always are.
            if (!SecretFormats.IsTestKey(format))
            {
                findings.Add(new ConfigFinding(start, length, key, SecretFormats.Describe(format)));
            }

            return;
        }

        if (SecretFormats.IsFcmServerKey(value))
        {
            findings.Add(new ConfigFinding(start, length, key, "a Firebase Cloud Messaging server key"));
            return;
        }

        if (SecretFormats.HasConnectionStringPassword(value))
        {
            findings.Add(new ConfigFinding(start, length, key, "a database password"));
            return;
        }

        if (SecretFormats.HasConnectionStringAccountKey(value))
        {
            findings.Add(new ConfigFinding(start, length, key, "an account key"));
            return;
        }

        string name = LastSegment(key);
        if (SecretFormats.IsPasswordName(name) && (SecretFormats.IsPublishedDefaultPassword(value) || IsInSeedSection(key)))
        {
            // A template's published default admin password (ABP's 1q2w3E*) reveals nothing; the initial password of an
            // account that a data seeder creates ("Seeder": { "AdminPassword": "…" }) is a seeded demo user's, as in code.
            return;
        }
        if (value.Length >= MinNamedSecretLength && (SecretFormats.IsSecretName(name) || IsKeyOfASigningOrEncryptionSection(key))
            && (LooksLikeSecretValue(value) || IsAppPassword(value)))
        {
            findings.Add(new ConfigFinding(start, length, key, "a credential"));
            return;
        }

        // NIDLoginPassword="tbl069": passwords are shorter than keys, but still mix letters and digits.
        if (SecretFormats.IsPasswordName(name) && SecretFormats.LooksLikePassword(value))
        {
            findings.Add(new ConfigFinding(start, length, key, "a password"));
            return;
        }

        // "ApiToken": "e1944c9c…", "VerificationToken": "1RNUJOAiSL-I0b4zY2ItHQ": a token name holds a credential when its value
        // is generated (a placeholder such as "rememberToSetThisWhenTesting" is words, without digits). Webhook verification
        // tokens count: whoever holds one can forge the sender's notifications.
        if (SecretFormats.IsTokenName(name) && SecretFormats.LooksLikeKeyMaterial(value, allowGuid: !isAttributeName, minLength: 20))
        {
            findings.Add(new ConfigFinding(start, length, key, "a credential"));
            return;
        }

        // <machineKey validationKey="8B9F…" decryptionKey="6000…"/>, <add key="Sms_KeyCode" value="<GUID>"/>: key material
        // under a bare key name (ASP.NET's forms-authentication and view-state keys, shared service keys). A GUID in an
        // element's own attribute (<type typeKey="<GUID>"/>) identifies something; only a setting's GUID value counts.
        if (SecretFormats.IsKeyMaterialName(name) && SecretFormats.LooksLikeKeyMaterial(value, allowGuid: !isAttributeName))
        {
            findings.Add(new ConfigFinding(start, length, key, "key material"));
        }
    }

    // Values under a secret-named key that are clearly not the secret: sentences, URLs, flags, numbers, public keys, and
    // instruction text in any script ("商户平台-->账户设置-->API安全"): generated keys are ASCII.
    private static bool LooksLikeSecretValue(string value)
    {
        if (SecretFormats.IsPublishableKey(value) || value.IndexOf("://", StringComparison.Ordinal) >= 0)
        {
            return false;
        }

        bool allDigits = true;
        foreach (char c in value)
        {
            if (char.IsWhiteSpace(c) || c > '~')
            {
                return false;
            }

            if (!char.IsDigit(c))
            {
                allDigits = false;
            }
        }

        return !allDigits && !string.Equals(value, "true", StringComparison.OrdinalIgnoreCase) && !string.Equals(value, "false", StringComparison.OrdinalIgnoreCase);
    }

    // "Jwt:Key", "JWT:SecurityKey", "Encryption:Key", "TokenSettings:SigningKey": a bare "Key" is a secret when its
    // section signs tokens or encrypts data (a bare "Key" elsewhere is a lookup key, a header or a feature name).
    private static bool IsKeyOfASigningOrEncryptionSection(string key)
    {
        int colon = key.LastIndexOf(':');
        if (colon <= 0)
        {
            return false;
        }

        string last = key.Substring(colon + 1);
        if (!string.Equals(last, "Key", StringComparison.OrdinalIgnoreCase) && !string.Equals(last, "SecurityKey", StringComparison.OrdinalIgnoreCase)
            && !string.Equals(last, "SymmetricKey", StringComparison.OrdinalIgnoreCase) && !string.Equals(last, "IssuerSigningKey", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        int previous = key.LastIndexOf(':', colon - 1);
        string section = key.Substring(previous + 1, colon - previous - 1);
        foreach (string word in SigningOrEncryptionSections)
        {
            if (section.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] SigningOrEncryptionSections = { "jwt", "token", "bearer", "signing", "encrypt", "crypto", "cipher", "aes", "hmac" };

    // A Google app password as Gmail shows it: four groups of four lower-case letters ("abcd efgh ijkl mnop").
    private static bool IsAppPassword(string value)
    {
        if (value.Length != 19)
        {
            return false;
        }

        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (i % 5 == 4 ? c != ' ' : c < 'a' || c > 'z')
            {
                return false;
            }
        }

        return true;
    }

    // Whether a setting sits in a section of seed data (Seed, Seeder, SeedData, DataSeeding, SeedUsers): any segment
    // before the last that starts with "Seed" or ends with "Seed", "Seeder" or "Seeding".
    private static bool IsInSeedSection(string key)
    {
        int end = key.LastIndexOf(':');
        int start = 0;
        while (end > start)
        {
            int colon = key.IndexOf(':', start);
            if (colon < 0 || colon > end)
            {
                colon = end;
            }

            string segment = key.Substring(start, colon - start);
            if (segment.StartsWith("Seed", StringComparison.OrdinalIgnoreCase) || segment.EndsWith("Seed", StringComparison.OrdinalIgnoreCase)
                || segment.EndsWith("Seeder", StringComparison.OrdinalIgnoreCase) || segment.EndsWith("Seeding", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            start = colon + 1;
        }

        return false;
    }

    private static string LastSegment(string key)
    {
        int colon = key.LastIndexOf(':');
        return colon >= 0 ? key.Substring(colon + 1) : key;
    }

    /// <summary>A forgiving, non-throwing JSON reader that reports string values with their key path.</summary>
    private sealed class JsonReader
    {
        private readonly string _text;
        private readonly List<ConfigFinding> _findings;
        private int _position;

        public JsonReader(string text, List<ConfigFinding> findings)
        {
            _text = text;
            _findings = findings;
        }

        public bool ReadDocument()
        {
            if (!SkipTrivia())
            {
                return false;
            }

            if (_position >= _text.Length)
            {
                return true; // an empty file
            }

            return ReadValue(string.Empty, 0) && SkipTrivia() && _position >= _text.Length;
        }

        private bool ReadValue(string path, int depth)
        {
            if (depth > MaxDepth || !SkipTrivia() || _position >= _text.Length)
            {
                return false;
            }

            char c = _text[_position];
            switch (c)
            {
                case '{':
                    return ReadObject(path, depth);
                case '[':
                    return ReadArray(path, depth);
                case '"':
                    int start = _position;
                    if (!ReadString(out string value))
                    {
                        return false;
                    }

                    if (path.Length > 0)
                    {
                        Check(path, value, start, _position - start, _findings);
                    }

                    return true;
                default:
                    int literalStart = _position;
                    while (_position < _text.Length && (char.IsLetterOrDigit(_text[_position]) || _text[_position] == '-' || _text[_position] == '+' || _text[_position] == '.'))
                    {
                        _position++;
                    }

                    return _position > literalStart;
            }
        }

        private bool ReadObject(string path, int depth)
        {
            _position++; // '{'
            while (true)
            {
                if (!SkipTrivia() || _position >= _text.Length)
                {
                    return false;
                }

                if (_text[_position] == '}')
                {
                    _position++;
                    return true;
                }

                if (_text[_position] != '"' || !ReadString(out string name) || !SkipTrivia() || _position >= _text.Length || _text[_position] != ':')
                {
                    return false;
                }

                _position++; // ':'
                if (!ReadValue(path.Length == 0 ? name : path + ":" + name, depth + 1) || !SkipTrivia() || _position >= _text.Length)
                {
                    return false;
                }

                if (_text[_position] == ',')
                {
                    _position++;
                }
                else if (_text[_position] != '}')
                {
                    return false;
                }
            }
        }

        private bool ReadArray(string path, int depth)
        {
            _position++; // '['
            while (true)
            {
                if (!SkipTrivia() || _position >= _text.Length)
                {
                    return false;
                }

                if (_text[_position] == ']')
                {
                    _position++;
                    return true;
                }

                // Array items keep the array's key for naming (ApiKeys:0 is still named by ApiKeys).
                if (!ReadValue(path.Length == 0 ? string.Empty : path, depth + 1) || !SkipTrivia() || _position >= _text.Length)
                {
                    return false;
                }

                if (_text[_position] == ',')
                {
                    _position++;
                }
                else if (_text[_position] != ']')
                {
                    return false;
                }
            }
        }

        private bool ReadString(out string value)
        {
            value = string.Empty;
            int start = ++_position; // opening quote
            StringBuilder? builder = null;
            while (_position < _text.Length)
            {
                char c = _text[_position];
                if (c == '"')
                {
                    value = builder == null ? _text.Substring(start, _position - start) : builder.ToString();
                    _position++;
                    return true;
                }

                if (c == '\n' || c == '\r')
                {
                    return false;
                }

                if (c == '\\')
                {
                    builder ??= new StringBuilder(_text, start, _position - start, _position - start + 16);
                    if (_position + 1 >= _text.Length)
                    {
                        return false;
                    }

                    char escaped = _text[_position + 1];
                    _position += 2;
                    switch (escaped)
                    {
                        case 'n': builder.Append('\n'); break;
                        case 'r': builder.Append('\r'); break;
                        case 't': builder.Append('\t'); break;
                        case 'b': builder.Append('\b'); break;
                        case 'f': builder.Append('\f'); break;
                        case 'u':
                            if (_position + 4 > _text.Length || !ushort.TryParse(_text.Substring(_position, 4), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out ushort code))
                            {
                                return false;
                            }

                            builder.Append((char)code);
                            _position += 4;
                            break;
                        default: builder.Append(escaped); break;
                    }

                    continue;
                }

                builder?.Append(c);
                _position++;
            }

            return false;
        }

        /// <summary>Skips whitespace, a byte-order mark and comments; false for an unterminated block comment.</summary>
        private bool SkipTrivia()
        {
            while (_position < _text.Length)
            {
                char c = _text[_position];
                if (char.IsWhiteSpace(c) || c == '\uFEFF')
                {
                    _position++;
                }
                else if (c == '/' && _position + 1 < _text.Length && _text[_position + 1] == '/')
                {
                    int end = _text.IndexOf('\n', _position);
                    _position = end < 0 ? _text.Length : end + 1;
                }
                else if (c == '/' && _position + 1 < _text.Length && _text[_position + 1] == '*')
                {
                    int end = _text.IndexOf("*/", _position + 2, StringComparison.Ordinal);
                    if (end < 0)
                    {
                        return false;
                    }

                    _position = end + 2;
                }
                else
                {
                    break;
                }
            }

            return true;
        }
    }
}
