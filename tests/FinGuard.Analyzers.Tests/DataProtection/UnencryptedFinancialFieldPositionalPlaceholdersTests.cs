using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.DataProtection.UnencryptedFinancialFieldAnalyzer>;

namespace FinGuard.Analyzers.Tests.DataProtection;

/// <summary>
/// Issue 18, held-out set 18: a placeholder named for nothing (<c>@p5</c>) is judged by the INSERT column it fills
/// (<c>ACCOUNTNO</c>, <c>NationalId</c>); the same placeholder filling another column, or a WHERE key, is not reported.
/// </summary>
public class UnencryptedFinancialFieldPositionalPlaceholdersTests
{
    [Fact]
    public Task Positional_placeholders_filling_account_and_national_id_columns_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using Data;
public class RegisterForm
{
    public void Save(string name, string second, string third)
    {
        var cmd = new SqlCommand("insert into PEOPLE (NAME, NATIONALID, ACCOUNTNO) values(@p1,@p2,@p3)");
        cmd.Parameters.AddWithValue("@p1", name);
        {|FG3001:cmd.Parameters.AddWithValue("@p2", second)|};
        {|FG3001:cmd.Parameters.AddWithValue("@p3", third)|};
        cmd.ExecuteNonQuery();
    }

    public void Rename(string name, string number)
    {
        var cmd = new SqlCommand("update PEOPLE set IBAN = @v1 where NAME = @v2");
        {|FG3001:cmd.Parameters.AddWithValue("@v1", number)|};
        cmd.Parameters.AddWithValue("@v2", name);
        cmd.ExecuteNonQuery();
    }
}
""" + AdoNetStandIns.AddWithValue);

    [Fact]
    public Task Positional_placeholders_filling_other_columns_or_keys_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using Data;
public class RegisterForm
{
    public void Save(string name, string phone)
    {
        var cmd = new SqlCommand("insert into PEOPLE (NAME, PHONE) values(@p1,@p2)");
        cmd.Parameters.AddWithValue("@p1", name);
        cmd.Parameters.AddWithValue("@p2", phone);
        cmd.ExecuteNonQuery();
    }

    public void Rename(string name, string account)
    {
        var cmd = new SqlCommand("update PEOPLE set NAME = @p1 where ACCOUNTNO = @p2");
        cmd.Parameters.AddWithValue("@p1", name);
        cmd.Parameters.AddWithValue("@p2", account);
        cmd.ExecuteNonQuery();
    }
}
""" + AdoNetStandIns.AddWithValue);
}
