namespace FinGuard.Build.Json;

internal enum JsonKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>
/// A JSON value read by <see cref="JsonFile"/> that remembers where it was written, so an FG9xxx error about a
/// value (an unknown key, a bad date) names its line and column. System.Text.Json's <c>JsonDocument</c> keeps no
/// positions, hence this small tree; the position is computed only when an error asks for it.
/// </summary>
internal sealed class JsonValue
{
    private static readonly IReadOnlyList<KeyValuePair<string, JsonValue>> NoProperties = new KeyValuePair<string, JsonValue>[0];
    private static readonly IReadOnlyList<JsonValue> NoItems = new JsonValue[0];

    private readonly JsonLineMap _lines;
    private readonly int _offset;

    public JsonValue(JsonKind kind, JsonLineMap lines, int offset, string? text = null, IReadOnlyList<KeyValuePair<string, JsonValue>>? properties = null, IReadOnlyList<JsonValue>? items = null)
    {
        Kind = kind;
        _lines = lines;
        _offset = offset;
        Text = text;
        Properties = properties ?? NoProperties;
        Items = items ?? NoItems;
    }

    public JsonKind Kind { get; }

    /// <summary>1-based line of the value's first character.</summary>
    public int Line => _lines.Position(_offset).Line;

    /// <summary>1-based column (UTF-16 code units, as editors count) of the value's first character.</summary>
    public int Column => _lines.Position(_offset).Column;

    /// <summary>The string's value, or the number's literal text.</summary>
    public string? Text { get; }

    public IReadOnlyList<KeyValuePair<string, JsonValue>> Properties { get; }

    public IReadOnlyList<JsonValue> Items { get; }

    public JsonValue? this[string name]
    {
        get
        {
            foreach (KeyValuePair<string, JsonValue> property in Properties)
            {
                if (property.Key == name)
                {
                    return property.Value;
                }
            }

            return null;
        }
    }

    public string? AsString() => Kind == JsonKind.String ? Text : null;

    public int? AsInt()
        => Kind == JsonKind.Number && int.TryParse(Text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out int value) ? value : (int?)null;
}
