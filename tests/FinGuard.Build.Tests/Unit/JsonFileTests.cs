using FinGuard.Build.Json;
using Xunit;

namespace FinGuard.Build.Tests.Unit
{
    public class JsonParserTests
    {
        [Fact]
        public void Reads_objects_arrays_strings_numbers_and_positions()
        {
            JsonValue root = JsonParser.Parse("{\n  \"a\": [1, \"x\\u0041\", true, null],\n  // comment\n  \"b\": { \"c\": -2.5e3, }\n}");
            Assert.Equal(JsonKind.Object, root.Kind);
            Assert.Equal("xA", root["a"]!.Items[1].AsString());
            Assert.Equal(2, root["a"]!.Line);
            Assert.Equal(8, root["a"]!.Column);
            Assert.Equal("-2.5e3", root["b"]!["c"]!.Text);
            Assert.Equal(1, root["a"]!.Items[0].AsInt());
        }

        [Theory]
        [InlineData("", 1, 1, "empty")]
        [InlineData("{\"a\": 1", 1, 8, "expected '}'")]
        [InlineData("{\n  \"a\" 1 }", 2, 7, "expected ':'")]
        [InlineData("[1, 2", 1, 6, "expected ']'")]
        [InlineData("{\"a\": tru }", 1, 7, "expected a JSON value")]
        [InlineData("{\"a\": \"x}", 1, 10, "truncated")]
        public void Malformed_json_names_line_column_and_what_was_expected(string text, int line, int column, string expected)
        {
            var e = Assert.Throws<JsonParseException>(() => JsonParser.Parse(text));
            Assert.Equal(line, e.Line);
            Assert.Equal(column, e.Column);
            Assert.Contains(expected == "truncated" ? "end of file" : expected, e.Message);
        }
    }
}
