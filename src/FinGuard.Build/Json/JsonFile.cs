using System.IO;
using System.Text;
using System.Text.Json;

namespace FinGuard.Build.Json;

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
/// Reads the gate's JSON inputs (finguard.json, compiler SARIF logs, baselines, NuGet's assets file) with
/// System.Text.Json's <see cref="Utf8JsonReader"/> into <see cref="JsonValue"/>s that know their position.
/// Comments and trailing commas are accepted (hand-edited policy files have them). Malformed JSON is a
/// <see cref="JsonParseException"/> with the 1-based line and column (System.Text.Json counts both from 0, and
/// the column in bytes: converted to characters, as editors count).
/// </summary>
internal static class JsonFile
{
    private static readonly JsonReaderOptions Options = new JsonReaderOptions
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 256,
    };

    /// <summary>Reads and parses a file: UTF-8 (with or without a byte order mark), or UTF-16/32 with one.</summary>
    public static JsonValue Read(string path)
    {
        byte[] bytes = File.ReadAllBytes(path);
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            // Notepad's "Unicode": let the BOM pick the decoder, then read the same text as UTF-8.
            using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            bytes = Encoding.UTF8.GetBytes(reader.ReadToEnd());
        }

        return Parse(bytes);
    }

    public static JsonValue Parse(string text) => Parse(Encoding.UTF8.GetBytes(text));

    public static JsonValue Parse(byte[] bytes)
    {
        int start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var lines = new JsonLineMap(bytes, start);
        if (lines.IsBlank)
        {
            throw new JsonParseException("the file is empty; expected a JSON value", 1, 1);
        }

        var reader = new Utf8JsonReader(new ReadOnlySpan<byte>(bytes, start, bytes.Length - start), isFinalBlock: true, new JsonReaderState(Options));
        try
        {
            if (!reader.Read())
            {
                throw lines.Truncated();
            }

            JsonValue root = ReadValue(ref reader, lines);
            if (reader.Read())
            {
                (int line, int column) = lines.Position((int)reader.TokenStartIndex);
                throw new JsonParseException("unexpected text after the end of the JSON value", line, column);
            }

            return root;
        }
        catch (JsonException e)
        {
            throw lines.Error(e);
        }
    }

    private static JsonValue ReadValue(ref Utf8JsonReader reader, JsonLineMap lines)
    {
        int offset = (int)reader.TokenStartIndex;
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var properties = new List<KeyValuePair<string, JsonValue>>();
                while (Next(ref reader, lines) != JsonTokenType.EndObject)
                {
                    string name = StringOf(ref reader, lines);
                    Next(ref reader, lines);
                    properties.Add(new KeyValuePair<string, JsonValue>(name, ReadValue(ref reader, lines)));
                }

                return new JsonValue(JsonKind.Object, lines, offset, properties: properties);
            case JsonTokenType.StartArray:
                var items = new List<JsonValue>();
                while (Next(ref reader, lines) != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, lines));
                }

                return new JsonValue(JsonKind.Array, lines, offset, items: items);
            case JsonTokenType.String:
                return new JsonValue(JsonKind.String, lines, offset, StringOf(ref reader, lines));
            case JsonTokenType.Number:
                return new JsonValue(JsonKind.Number, lines, offset, Encoding.UTF8.GetString(reader.ValueSpan.ToArray()));
            case JsonTokenType.True:
                return new JsonValue(JsonKind.True, lines, offset, "true");
            case JsonTokenType.False:
                return new JsonValue(JsonKind.False, lines, offset, "false");
            default:
                return new JsonValue(JsonKind.Null, lines, offset);
        }
    }

    private static JsonTokenType Next(ref Utf8JsonReader reader, JsonLineMap lines)
    {
        if (!reader.Read())
        {
            throw lines.Truncated();
        }

        return reader.TokenType;
    }

    /// <summary>The string's value; invalid UTF-8 or a lone surrogate escape is malformed JSON at the string.</summary>
    private static string StringOf(ref Utf8JsonReader reader, JsonLineMap lines)
    {
        try
        {
            return reader.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException e)
        {
            (int line, int column) = lines.Position((int)reader.TokenStartIndex);
            throw new JsonParseException(JsonLineMap.WithoutPosition(e.Message), line, column);
        }
    }
}

/// <summary>Line starts of a UTF-8 JSON text, for turning byte offsets into the line and column people see.</summary>
internal sealed class JsonLineMap
{
    private readonly byte[] _bytes;
    private readonly int _start;
    private List<int>? _lineStarts;

    public JsonLineMap(byte[] bytes, int start)
    {
        _bytes = bytes;
        _start = start;
    }

    /// <summary>True when the text holds nothing but whitespace.</summary>
    public bool IsBlank => LastContent() < _start;

    /// <summary>The 1-based line and column (UTF-16 code units) of an offset into the text after the byte order mark.</summary>
    public (int Line, int Column) Position(int offset)
    {
        List<int> starts = LineStarts();
        int absolute = Math.Min(_start + Math.Max(offset, 0), _bytes.Length);
        int index = starts.BinarySearch(absolute);
        int line = index >= 0 ? index : ~index - 1;
        return (line + 1, Encoding.UTF8.GetCharCount(_bytes, starts[line], absolute - starts[line]) + 1);
    }

    /// <summary>The exception for a <see cref="JsonException"/> of System.Text.Json, at its position.</summary>
    public JsonParseException Error(JsonException e)
    {
        List<int> starts = LineStarts();
        int lineIndex = (int)Math.Min(Math.Max(e.LineNumber ?? 0, 0), starts.Count - 1);
        int absolute = (int)Math.Min(starts[lineIndex] + Math.Max(e.BytePositionInLine ?? 0, 0), _bytes.Length);
        (int line, int column) = Position(absolute - _start);

        // Stopped after the last token: the file ends too early, whatever the reader was expecting there.
        return absolute > LastContent()
            ? new JsonParseException("unexpected end of file; the JSON is truncated", line, column)
            : new JsonParseException(WithoutPosition(e.Message), line, column);
    }

    /// <summary>The end of the text: the reader needs more than the file has.</summary>
    public JsonParseException Truncated()
    {
        (int line, int column) = Position(_bytes.Length - _start);
        return new JsonParseException("unexpected end of file; the JSON is truncated", line, column);
    }

    /// <summary>System.Text.Json's message without its " LineNumber: 0 | BytePositionInLine: 7." (the diagnostic has the position).</summary>
    internal static string WithoutPosition(string message)
    {
        int at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        string text = (at >= 0 ? message.Substring(0, at) : message).Trim();
        return text.EndsWith(".", StringComparison.Ordinal) ? text.Substring(0, text.Length - 1) : text;
    }

    private int LastContent()
    {
        int i = _bytes.Length - 1;
        while (i >= _start && (_bytes[i] == (byte)' ' || _bytes[i] == (byte)'\t' || _bytes[i] == (byte)'\r' || _bytes[i] == (byte)'\n'))
        {
            i--;
        }

        return i;
    }

    private List<int> LineStarts()
    {
        if (_lineStarts == null)
        {
            var starts = new List<int> { _start };
            for (int i = _start; i < _bytes.Length; i++)
            {
                if (_bytes[i] == (byte)'\n')
                {
                    starts.Add(i + 1);
                }
            }

            _lineStarts = starts;
        }

        return _lineStarts;
    }
}
