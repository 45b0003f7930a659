using System.Globalization;
using System.Text;

namespace FinGuard.Build.Json
{
    /// <summary>Writes JSON string literals for the gate's outputs (baseline, SARIF).</summary>
    internal static class JsonText
    {
        public static string Quote(string value)
        {
            var builder = new StringBuilder(value.Length + 2);
            Append(builder, value);
            return builder.ToString();
        }

        public static StringBuilder Append(StringBuilder builder, string value)
        {
            builder.Append('"');
            foreach (char c in value)
            {
                switch (c)
                {
                    case '"': builder.Append("\\\""); break;
                    case '\\': builder.Append("\\\\"); break;
                    case '\n': builder.Append("\\n"); break;
                    case '\r': builder.Append("\\r"); break;
                    case '\t': builder.Append("\\t"); break;
                    default:
                        if (c < 0x20)
                        {
                            builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            builder.Append(c);
                        }

                        break;
                }
            }

            return builder.Append('"');
        }
    }
}
