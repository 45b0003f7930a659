// Stand-in for Dapper (package "Dapper"): real namespace and type names, only the members rules need.
namespace Dapper
{
    public static class SqlMapper
    {
        public static int Execute(this System.Data.IDbConnection cnn, string sql, object? param = null) => 0;
        public static System.Threading.Tasks.Task<int> ExecuteAsync(this System.Data.IDbConnection cnn, string sql, object? param = null) => System.Threading.Tasks.Task.FromResult(0);
    }
}
