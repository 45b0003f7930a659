using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.CardDataLoggedAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// FG1003 for text that is read or logged without a bound log call (issue 18, sets 17, 21, 23, 24): what ToString()
/// returns, e-mail bodies, error texts, log calls whose logger does not bind before restore, posted form fields read by
/// a card-named key, and the seed data a seeder prints.
/// </summary>
public class CardDataLoggedMessageTextTests
{
    [Fact]
    public Task ToString_that_returns_the_card_number_or_code_is_reported_at_the_member() => VerifyCS.VerifyAnalyzerAsync("""

using System.Text;
public class StoredCard
{
    public string Holder { get; set; } = "";
    public string Number { get; set; } = "";
    public override string ToString() => "[" + Holder + "][" + {|FG1003:Number|} + "]";
}
public class SwipedCard
{
    public string CardNumber = "";
    public string Pin = "";
    public new string ToString()
    {
        string text = "card " + {|FG1003:CardNumber|} + " pin " + Pin;
        return text;
    }
}
public class ReaderEvent
{
    public string CardNumber { get; set; } = "";
    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.Append("number: ").Append({|FG1003:CardNumber|});
        return sb.ToString();
    }
}
""");

    [Fact]
    public Task ToString_that_returns_a_masked_number_or_other_members_is_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

public class StoredCard
{
    public string Holder { get; set; } = "";
    public string Number { get; set; } = "";
    public string Last4 => Number.Substring(Number.Length - 4);
    public override string ToString() => Holder + " ending " + Last4;
}
public class MaskedCard
{
    public string CardNumber { get; set; } = "";
    public override string ToString() => "card ending " + CardNumber.Substring(CardNumber.Length - 4);
    public string ToString(string format) => format;
}
public class Account
{
    public string Name { get; set; } = "";
    public override string ToString() => Name;
    public string Describe(string cardNumber) => cardNumber;
}
""");

    [Fact]
    public Task Card_number_and_code_put_into_an_email_body_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Net.Mail;
public class Registration
{
    public string CardNumber { get; set; } = "";
    public string Cvv { get; set; } = "";
    public string Name { get; set; } = "";
}
public class StaffMail
{
    public string Subject { get; set; } = "";
    public string Body { get; set; } = "";
    public static void Send(StaffMail mail) { }
}
public class Notifier
{
    public void Notify(Registration r, SmtpClient smtp)
    {
        var mail = new StaffMail();
        mail.Subject = "Registration of " + r.Name;
        mail.Body = string.Format("Card {0} code {1}", {|FG1003:r.CardNumber|}, {|FG1003:r.Cvv|});
        StaffMail.Send(mail);

        var message = new MailMessage("shop@example.com", "staff@example.com", "New order", "Card: " + {|FG1003:r.CardNumber|});
        smtp.Send(message);
        string body = "Card " + r.CardNumber;
        SendEmail("staff@example.com", "Card", {|FG1003:body|});
    }

    private void SendEmail(string to, string subject, string body) { }
}
""");

    [Fact]
    public Task Email_without_card_data_and_card_data_outside_mail_text_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Net.Mail;
public class Registration
{
    public string CardNumber { get; set; } = "";
    public string Name { get; set; } = "";
    public string Email { get; set; } = "";
}
public class Mailbox
{
    public string Body { get; set; } = "";
    public string Owner { get; set; } = "";
}
public class Page
{
    public string Body { get; set; } = "";
}
public class Notifier
{
    public void Notify(Registration r)
    {
        var mail = new MailMessage("shop@example.com", r.Email, "Thanks", "Card ending " + r.CardNumber.Substring(r.CardNumber.Length - 4));
        var box = new Mailbox { Owner = r.Name };
        box.Body = "Hello " + r.Name;
        var page = new Page();
        page.Body = r.CardNumber;
        string template = GetEmailBody(r.CardNumber, "x");
    }

    private string GetEmailBody(string cardNumber, string body) => body;
}
""");

    [Fact]
    public Task Card_number_in_an_error_text_is_reported() => VerifyCS.VerifyAnalyzerAsync("""

public class PaymentResult
{
    public string Error { get; set; } = "";
    public string FullError { get; set; } = "";
    public string ErrorCode { get; set; } = "";
}
public class Processor
{
    public void Decline(string creditCardNumber, string reply, PaymentResult result)
    {
        result.Error = string.Format("Declined {0}", reply + " " + {|FG1003:creditCardNumber|});
        result.FullError = $"Declined {reply} for {{|FG1003:creditCardNumber|}}";
        result.ErrorCode = reply;
        result.Error = "Declined " + reply;
    }
}
""");

    [Fact]
    public Task Log_call_whose_logger_does_not_bind_writes_the_request_built_from_card_data() => VerifyCS.VerifyUnresolvedAsync("""

using System;
using System.Threading.Tasks;
using Host.Services.Logging;
public class GatewayRequest
{
    public string CardNumber { get; set; } = "";
    public string KK_CVC { get; set; } = "";
    public string Amount { get; set; } = "";
}
public class PosProcessor
{
    private readonly ILogger _logger;
    public PosProcessor(ILogger logger) => _logger = logger;

    public async Task PayAsync(GatewayRequest request, IFormCollection form)
    {
        string data = "<Pay><No>" + request.CardNumber + "</No><Cvc>" + request.KK_CVC + "</Cvc></Pay>";
        string verify = "<Verify><No>" + form["CardNumber"] + "</No><Cvc>" + form["CardCode"] + "</Cvc></Verify>";
        string amount = "<Amount>" + request.Amount + "</Amount>";
        try
        {
            await _logger.ErrorAsync("PAY REQUEST:\n" + {|FG1003:data|}, null, null);
            await _logger.ErrorAsync("VERIFY REQUEST:\n" + {|FG1003:verify|}, null, null);
            await _logger.InformationAsync("AMOUNT:\n" + amount);
        }
        catch (Exception ex)
        {
            await _logger.ErrorAsync("PAY REQUEST:\n" + {|FG1003:data|}, ex, null);
            await _logger.ErrorAsync({|FG1003:request.CardNumber|}, ex, null);
        }
    }
}
""");

    [Fact]
    public Task Unbound_calls_that_are_not_logs_and_form_fields_with_other_keys_are_not_reported() => VerifyCS.VerifyUnresolvedAsync("""

using System.Collections.Generic;
using System.Threading.Tasks;
using Host.Services;
public class GatewayRequest
{
    public string CardNumber { get; set; } = "";
}
public class PosProcessor
{
    private readonly IOrderService _orders;
    private readonly ILogger _logger;
    public PosProcessor(IOrderService orders, ILogger logger) { _orders = orders; _logger = logger; }

    public async Task PayAsync(GatewayRequest request, IFormCollection form, Dictionary<string, string> response)
    {
        string data = "<Pay><No>" + request.CardNumber + "</No></Pay>";
        await _orders.ErrorAsync("PAY REQUEST:\n" + data);
        await _logger.InsertAsync("PAY REQUEST:\n" + data);
        string posted = "<Name>" + form["CardholderName"] + "</Name><Masked>" + form["MaskedCardNumber"] + "</Masked>";
        await _logger.ErrorAsync("POSTED:\n" + posted, null, null);
        string reply = "<No>" + response["CardNumber"] + "</No>";
        await _logger.ErrorAsync("REPLY:\n" + reply, null, null);
    }
}
""");

    [Fact]
    public Task Typed_card_number_of_a_text_box_in_an_email_body_is_reported() => VerifyCS.VerifyUnresolvedAsync("""

using System.Web.UI.WebControls;
public class SendMail
{
    public string Body { get; set; } = "";
}
public partial class Confirm
{
    protected TextBox txtCardnumber;
    protected TextBox txtCcv;
    protected TextBox txtBillName;
    protected TextBox txtMaskedCard;

    private void SendCardEmail()
    {
        var mail = new SendMail();
        mail.Body = string.Format("{0} {1} {2} {3}",
            txtBillName.Text,
            {|FG1003:txtCardnumber.Text.Trim()|},
            {|FG1003:txtCcv.Text.Trim()|},
            txtMaskedCard.Text);
    }
}
""");

    [Fact]
    public Task Seeder_printing_the_demo_cards_it_generates_is_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System;
public static class CardGenerator
{
    public static string GenerateCardNumber() => "";
    public static string GenerateCvv() => "";
}
public class CardSeeder
{
    public void SeedCards()
    {
        string cardNumber = CardGenerator.GenerateCardNumber();
        string cvv = CardGenerator.GenerateCvv();
        Console.WriteLine($"Card Number: {cardNumber}");
        Console.WriteLine($"CVV: {cvv}");
    }
}
public class CardIssuer
{
    public void Issue()
    {
        string cardNumber = CardGenerator.GenerateCardNumber();
        Console.WriteLine($"Card Number: {{|FG1003:cardNumber|}}");
    }
}
""");
}
