using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.CardDataPersistedAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// FG1004 (issue 18, set 23): a stored card number or security code put back into a form or page control
/// (<c>txtCardNumber.Text = guest.Card?.Number ?? ""</c>, <c>txtCvv.Text = reader[14].ToString()</c>), WinForms and
/// WebForms before restore (the control types do not bind). Look-alikes: masked or last-four values and controls, a
/// reader column put into a control not named for card data, a masking call, literals, the Text of a non-control, a
/// control's Text read back.
/// </summary>
public class CardDataShownInFormControlTests
{
    [Fact]
    public Task Stored_card_data_put_into_form_controls_is_reported() => VerifyCS.VerifyUnresolvedAsync("""

using System.Data.SqlClient;
using System.Windows.Forms;
public class WalletCard { public string CardNumber { get; set; } = ""; public string Cvc { get; set; } = ""; public int ExpiryMonth { get; set; } }
public class Member { public string Name { get; set; } = ""; public WalletCard? Wallet { get; set; } }
public partial class MemberForm : Form
{
    private TextBox nameBox;
    private TextBox cardBox;
    private TextBox codeBox;
    private Label shownPan;
    private System.Web.UI.WebControls.TextBox txtPayCardNumber;
    private System.Web.UI.WebControls.TextBox txtPayCVV;

    private void Show(Member member)
    {
        nameBox.Text = member.Name;
        cardBox.Text = {|FG1004:member.Wallet?.CardNumber|} ?? string.Empty;
        this.codeBox.Text = member.Wallet == null ? "" : {|FG1004:member.Wallet.Cvc|};
        shownPan.Text = {|FG1004:member.Wallet!.CardNumber|};
    }

    private void Load(SqlCommand command)
    {
        SqlDataReader rdr = command.ExecuteReader();
        if (rdr.Read())
        {
            nameBox.Text = rdr[1].ToString();
            txtPayCardNumber.Text = {|FG1004:rdr[12].ToString()|};
            txtPayCVV.Text = {|FG1004:rdr["Cvv"].ToString()|};
        }
    }
}
""");

    [Fact]
    public Task Masked_values_other_columns_and_non_controls_are_not_reported() => VerifyCS.VerifyUnresolvedAsync("""

using System.Data.SqlClient;
using System.Windows.Forms;
public static class Masks { public static string Mask(string pan) => "**** " + pan.Substring(pan.Length - 4); }
public class WalletCard { public string CardNumber { get; set; } = ""; public string CardLast4 { get; set; } = ""; public string MaskedCardNumber { get; set; } = ""; }
public class Note { public string Text { get; set; } = ""; }
public partial class MemberForm : Form
{
    private TextBox txtMaskedCardNumber;
    private TextBox txtCardLast4;
    private TextBox txtCardNumber;
    private TextBox txtHolder;
    private Label lblCardNumber;
    private Note note = new Note();

    private void Show(WalletCard card)
    {
        txtCardLast4.Text = card.CardLast4;
        txtMaskedCardNumber.Text = card.CardNumber;
        lblCardNumber.Text = Masks.Mask(card.CardNumber);
        txtCardNumber.Text = card.MaskedCardNumber;
        txtCardNumber.Text = string.Empty;
        note.Text = card.CardNumber;
        string typed = txtCardNumber.Text;
    }

    private void Load(SqlCommand command)
    {
        SqlDataReader reader = command.ExecuteReader();
        if (reader.Read())
        {
            txtHolder.Text = reader[11].ToString();
            txtMaskedCardNumber.Text = reader["CardNumber"].ToString();
            lblCardNumber.Text = Masks.Mask(reader[12].ToString());
        }
    }
}
""");
}
