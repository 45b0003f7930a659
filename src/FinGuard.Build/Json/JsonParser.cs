using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace FinGuard.Build.Json
{
    /// <summary>Thrown for malformed JSON, with the 1-based line and column where reading stopped.</summary>
    internal sealed class JsonParseException : Exception
    {
        public JsonParseException(string message, int line, int column)
            : base(message)
        {
            Line = line;
            Column = column;
        }

        public int Line { get; }

        public int Column { get; }
    }

    /// <summary>
    /// A small, strict JSON reader (plus // and /* */ comments and trailing commas, which hand-edited policy files
    /// contain). It tracks line and column for every value so that FinGuard's FG9xxx errors point at the exact spot.
    /// </summary>
    internal sealed class JsonParser
    {
        private const int MaxDepth = 256;
        private readonly string _text;
        private int _position;
        private int _line = 1;
        private int _lineStart;

        private JsonParser(string text)
        {
            _text = text;
        }

        public static JsonValue Parse(string text)
        {
            var parser = new JsonParser(text);
            if (text.Length > 0 && text[0] == '\uFEFF')
            {
                parser._position = 1;
                parser._lineStart = 1;
            }

            parser.SkipTrivia();
            if (parser._position >= text.Length)
            {
                throw parser.Error("the file is empty; expected a JSON value");
            }

            JsonValue value = parser.ReadValue(0);
            parser.SkipTrivia();
            if (parser._position < text.Length)
            {
                throw parser.Error("unexpected text after the end of the JSON value");
            }

            return value;
        }

        private int Column => _position - _lineStart + 1;

        private JsonParseException Error(string message) => new JsonParseException(message, _line, Column);

        private JsonValue ReadValue(int depth)
        {
            if (depth > MaxDepth)
            {
                throw Error("JSON nested too deeply");
            }

            SkipTrivia();
            if (_position >= _text.Length)
            {
                throw Error("unexpected end of file; the JSON is truncated");
            }

            int line = _line;
            int column = Column;
            char c = _text[_position];
            switch (c)
            {
                case '{':
                    return ReadObject(depth, line, column);
                case '[':
                    return ReadArray(depth, line, column);
                case '"':
                    return new JsonValue(JsonKind.String, line, column, ReadString());
                case 't':
                    ExpectWord("true");
                    return new JsonValue(JsonKind.True, line, column, "true");
                case 'f':
                    ExpectWord("false");
                    return new JsonValue(JsonKind.False, line, column, "false");
                case 'n':
                    ExpectWord("null");
                    return new JsonValue(JsonKind.Null, line, column);
                default:
                    if (c == '-' || (c >= '0' && c <= '9'))
                    {
                        return new JsonValue(JsonKind.Number, line, column, ReadNumber());
                    }

                    throw Error($"unexpected character '{c}'; expected a JSON value");
            }
        }

        private JsonValue ReadObject(int depth, int line, int column)
        {
            _position++; // {
            var properties = new List<KeyValuePair<string, JsonValue>>();
            while (true)
            {
                SkipTrivia();
                if (_position >= _text.Length)
                {
                    throw Error("unexpected end of file inside an object; expected '}'");
                }

                if (_text[_position] == '}')
                {
                    _position++;
                    return new JsonValue(JsonKind.Object, line, column, properties: properties);
                }

                if (_text[_position] != '"')
                {
                    throw Error("expected a property name in double quotes");
                }

                string name = ReadString();
                SkipTrivia();
                if (_position >= _text.Length || _text[_position] != ':')
                {
                    throw Error($"expected ':' after property name \"{name}\"");
                }

                _position++;
                properties.Add(new KeyValuePair<string, JsonValue>(name, ReadValue(depth + 1)));
                SkipTrivia();
                if (_position < _text.Length && _text[_position] == ',')
                {
                    _position++;
                    continue;
                }

                if (_position < _text.Length && _text[_position] == '}')
                {
                    continue;
                }

                throw Error(_position >= _text.Length ? "unexpected end of file inside an object; expected '}'" : "expected ',' or '}' after a property value");
            }
        }

        private JsonValue ReadArray(int depth, int line, int column)
        {
            _position++; // [
            var items = new List<JsonValue>();
            while (true)
            {
                SkipTrivia();
                if (_position >= _text.Length)
                {
                    throw Error("unexpected end of file inside an array; expected ']'");
                }

                if (_text[_position] == ']')
                {
                    _position++;
                    return new JsonValue(JsonKind.Array, line, column, items: items);
                }

                items.Add(ReadValue(depth + 1));
                SkipTrivia();
                if (_position < _text.Length && _text[_position] == ',')
                {
                    _position++;
                    continue;
                }

                if (_position < _text.Length && _text[_position] == ']')
                {
                    continue;
                }

                throw Error(_position >= _text.Length ? "unexpected end of file inside an array; expected ']'" : "expected ',' or ']' after an array item");
            }
        }

        private string ReadString()
        {
            _position++; // opening quote

            // Fast path: most strings have no escapes (SARIF logs hold thousands of them).
            for (int i = _position; i < _text.Length; i++)
            {
                char c = _text[i];
                if (c == '"')
                {
                    string value = _text.Substring(_position, i - _position);
                    _position = i + 1;
                    return value;
                }

                if (c == '\\' || c == '\n' || c == '\r')
                {
                    break;
                }
            }

            var builder = new StringBuilder();
            while (true)
            {
                if (_position >= _text.Length)
                {
                    throw Error("unexpected end of file inside a string; expected '\"'");
                }

                char c = _text[_position++];
                if (c == '"')
                {
                    return builder.ToString();
                }

                if (c == '\n' || c == '\r')
                {
                    _position--;
                    throw Error("line break inside a string; expected '\"'");
                }

                if (c != '\\')
                {
                    builder.Append(c);
                    continue;
                }

                if (_position >= _text.Length)
                {
                    throw Error("unexpected end of file in an escape sequence");
                }

                char escape = _text[_position++];
                switch (escape)
                {
                    case '"': builder.Append('"'); break;
                    case '\\': builder.Append('\\'); break;
                    case '/': builder.Append('/'); break;
                    case 'b': builder.Append('\b'); break;
                    case 'f': builder.Append('\f'); break;
                    case 'n': builder.Append('\n'); break;
                    case 'r': builder.Append('\r'); break;
                    case 't': builder.Append('\t'); break;
                    case 'u':
                        if (_position + 4 > _text.Length
                            || !int.TryParse(_text.Substring(_position, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int code))
                        {
                            throw Error("invalid \\u escape; expected four hex digits");
                        }

                        builder.Append((char)code);
                        _position += 4;
                        break;
                    default:
                        _position--;
                        throw Error($"invalid escape '\\{escape}'");
                }
            }
        }

        private string ReadNumber()
        {
            int start = _position;
            while (_position < _text.Length && "+-0123456789.eE".IndexOf(_text[_position]) >= 0)
            {
                _position++;
            }

            string text = _text.Substring(start, _position - start);
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            {
                _position = start;
                throw Error($"invalid number '{text}'");
            }

            return text;
        }

        private void ExpectWord(string word)
        {
            if (string.CompareOrdinal(_text, _position, word, 0, word.Length) != 0)
            {
                throw Error($"unexpected text; expected a JSON value");
            }

            _position += word.Length;
        }

        private void SkipTrivia()
        {
            while (_position < _text.Length)
            {
                char c = _text[_position];
                if (c == '\n')
                {
                    _position++;
                    _line++;
                    _lineStart = _position;
                }
                else if (c == ' ' || c == '\t' || c == '\r')
                {
                    _position++;
                }
                else if (c == '/' && _position + 1 < _text.Length && _text[_position + 1] == '/')
                {
                    while (_position < _text.Length && _text[_position] != '\n')
                    {
                        _position++;
                    }
                }
                else if (c == '/' && _position + 1 < _text.Length && _text[_position + 1] == '*')
                {
                    int end = _text.IndexOf("*/", _position + 2, StringComparison.Ordinal);
                    if (end < 0)
                    {
                        throw Error("unterminated /* comment");
                    }

                    for (int i = _position; i < end; i++)
                    {
                        if (_text[i] == '\n')
                        {
                            _line++;
                            _lineStart = i + 1;
                        }
                    }

                    _position = end + 2;
                }
                else
                {
                    return;
                }
            }
        }
    }
}
