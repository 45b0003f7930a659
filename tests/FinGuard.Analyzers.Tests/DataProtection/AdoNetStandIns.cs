namespace FinGuard.Analyzers.Tests.DataProtection;

/// <summary>
/// ADO.NET stand-ins for the FG3001/FG3002 tests. The providers (System.Data.SqlClient, Microsoft.Data.SqlClient,
/// Npgsql, ...) are packages, unresolved before restore; <c>AddWithValue</c> has the same shape in all of them. Appended
/// after a test's source (<c>""" ... """ + AdoNetStandIns.AddWithValue</c>), so the markup positions above it do not move.
/// Tests that need other members (typed parameters, a connection, stored procedures) keep their own stand-in.
/// </summary>
internal static class AdoNetStandIns
{
    /// <summary><c>Data.SqlCommand(text)</c> with <c>Parameters.AddWithValue(name, value)</c> and <c>ExecuteNonQuery()</c>.</summary>
    public const string AddWithValue = """
namespace Data
{
    public sealed class SqlParameterCollection { public object AddWithValue(string parameterName, object value) => value; }
    public sealed class SqlCommand
    {
        public SqlCommand(string commandText) { }
        public SqlParameterCollection Parameters { get; } = new SqlParameterCollection();
        public int ExecuteNonQuery() => 0;
    }
}
""";
}
