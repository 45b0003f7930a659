using System.Text;
using FinGuard.Build.Json;

namespace FinGuard.Build.Tests.Unit;

/// <summary>The gate's JSON reading through System.Text.Json: values keep their position, malformed JSON is a 1-based line and column.</summary>
public class JsonFileTests
{
    [Fact]
    public void Reads_objects_arrays_strings_numbers_comments_trailing_commas_and_positions()
    {
        JsonValue root = JsonFile.Parse("{\n  \"a\": [1, \"x\\u0041\", true, null],\n  // comment\n  /* block\n comment */ \"b\": { \"c\": -2.5e3, },\n}");
        Assert.Equal(JsonKind.Object, root.Kind);
        Assert.Equal("xA", root["a"]!.Items[1].AsString());
        Assert.Equal((2, 8), (root["a"]!.Line, root["a"]!.Column));
        Assert.Equal("-2.5e3", root["b"]!["c"]!.Text);
        Assert.Equal((5, 25), (root["b"]!["c"]!.Line, root["b"]!["c"]!.Column));
        Assert.Equal(1, root["a"]!.Items[0].AsInt());
        Assert.Equal(JsonKind.Null, root["a"]!.Items[3].Kind);
    }

    [Fact]
    public void Columns_count_characters_not_bytes_and_a_byte_order_mark_is_not_a_column()
    {
        JsonValue root = JsonFile.Parse(Concat(Encoding.UTF8.GetPreamble(), Encoding.UTF8.GetBytes("{ \"näme\": \"€\", \"x\": 1 }")));
        Assert.Equal((1, 11), (root["näme"]!.Line, root["näme"]!.Column));
        Assert.Equal((1, 21), (root["x"]!.Line, root["x"]!.Column));
        Assert.Equal("€", root["näme"]!.AsString());
    }

    [Theory]
    [InlineData("", 1, 1, "empty")]
    [InlineData("  \n ", 1, 1, "empty")]
    [InlineData("{\"a\": 1", 1, 8, "end of file")]
    [InlineData("{\n  \"a\": [1, 2", 2, 13, "end of file")]
    [InlineData("{\"a\": \"x}", 1, 10, "end of file")]
    [InlineData("{\n  \"a\" 1 }", 2, 7, "")]
    [InlineData("{\"a\": tru }", 1, 10, "")]
    [InlineData("{\"a\": 1} x", 1, 10, "")]
    [InlineData("{\"a\": \"\\q\"}", 1, 9, "")]
    public void Malformed_json_names_line_and_column(string text, int line, int column, string expected)
    {
        var e = Assert.Throws<JsonParseException>(() => JsonFile.Parse(text));
        Assert.Equal((line, column), (e.Line, e.Column));
        Assert.Contains(expected, e.Message);
        Assert.DoesNotContain("LineNumber", e.Message);
        Assert.False(e.Message.EndsWith(".", System.StringComparison.Ordinal), e.Message);
    }

    private static byte[] Concat(byte[] a, byte[] b)
    {
        var result = new byte[a.Length + b.Length];
        a.CopyTo(result, 0);
        b.CopyTo(result, a.Length);
        return result;
    }
}
