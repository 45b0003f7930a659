using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.CardDataPersistedAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// FG1004 (issue 18, set 24): a cashier report's totals tendered by card (<c>decimal RefundCreditCard</c>, <c>double
/// CreditCardSales</c>) are amounts, not card numbers; a decimal named as a number (<c>CardNo</c>) and a string named for
/// the card stay reported. An Oracle PL/SQL block or a CALL running a write procedure with the card number in its text
/// (<c>"BEGIN order_pkg.insert_order('" + o.CardNumber + "'); END;"</c>) stores it, as EXEC does; a read procedure does not.
/// </summary>
public class CardDataPersistedAmountsAndProcedureBlocksTests
{
    [Fact]
    public Task Card_tender_totals_are_not_card_numbers_but_card_named_numbers_and_strings_are() => VerifyCS.VerifyUnresolvedAsync("""
using System.Data.SqlClient;
public struct ShiftTotals
{
    public decimal RefundCreditCard;
    public decimal CreditPaymentCreditCard;
    public double DebitCardSales;
    public decimal? CreditCard;
    public decimal CreditCardNo;
    public string StoredCreditCard;
}
public class ShiftReport
{
    private SqlConnection con;
    public void Save(ShiftTotals t)
    {
        var cmd = new SqlCommand("INSERT INTO shift_totals (RefundCreditCard, CreditPaymentCreditCard, DebitCardSales, CreditCard, CreditCardNo, StoredCreditCard) " + "VALUES (@RefundCreditCard, @CreditPaymentCreditCard, @DebitCardSales, @CreditCard, @CreditCardNo, @StoredCreditCard)", con);
        cmd.Parameters.AddWithValue("RefundCreditCard", t.RefundCreditCard);
        cmd.Parameters.AddWithValue("CreditPaymentCreditCard", t.CreditPaymentCreditCard);
        cmd.Parameters.AddWithValue("DebitCardSales", t.DebitCardSales);
        cmd.Parameters.AddWithValue("CreditCard", t.CreditCard);
        cmd.Parameters.AddWithValue("CreditCardNo", {|FG1004:t.CreditCardNo|});
        cmd.Parameters.AddWithValue("StoredCreditCard", {|FG1004:t.StoredCreditCard|});
        cmd.ExecuteNonQuery();
    }
}
""");

    [Fact]
    public Task Card_numbers_in_a_write_procedure_block_are_reported_but_not_in_a_read() => VerifyCS.VerifyUnresolvedAsync("""
public class PosOrder { public string Description = ""; public double Bill; public string CardNumber = ""; }
public static class OrderDb
{
    public static void Insert(PosOrder order)
    {
        string query = {|FG1004:"BEGIN " + "order_pkg.insert_order('" + order.Description + "', " + order.Bill + ", '" + order.CardNumber + "'); " + "END;"|};
        Run(query);
        string call = {|FG1004:"CALL save_order('" + order.CardNumber + "')"|};
        Run(call);
    }
    public static void Find(PosOrder order)
    {
        Run("BEGIN " + "order_pkg.get_order('" + order.CardNumber + "'); END;");
        Run("BEGIN TRANSACTION; SELECT * FROM orders WHERE card = '" + order.CardNumber + "'");
    }
    private static void Run(string sql) { }
}
""");
}
