using System.Collections.Generic;

namespace FinGuard.Build.Json
{
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

    /// <summary>A parsed JSON value that remembers where it was written, so errors can name the line and column.</summary>
    internal sealed class JsonValue
    {
        private static readonly IReadOnlyList<KeyValuePair<string, JsonValue>> NoProperties = new KeyValuePair<string, JsonValue>[0];
        private static readonly IReadOnlyList<JsonValue> NoItems = new JsonValue[0];

        public JsonValue(JsonKind kind, int line, int column, string? text = null, IReadOnlyList<KeyValuePair<string, JsonValue>>? properties = null, IReadOnlyList<JsonValue>? items = null)
        {
            Kind = kind;
            Line = line;
            Column = column;
            Text = text;
            Properties = properties ?? NoProperties;
            Items = items ?? NoItems;
        }

        public JsonKind Kind { get; }

        public int Line { get; }

        public int Column { get; }

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
}
