using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.CardDataPersistedAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// FG1004 (issue 18, session 25): a card-carrying message published to a broker (the application's own RabbitMQ producer,
/// an event bus, a MassTransit-style publish endpoint) is stored: the broker keeps it until it is consumed. Look-alikes stay
/// silent: a message with only a token and last four, a mail sender's SendAsync, a text published to a topic.
/// </summary>
public class CardDataPublishedToBrokerTests
{
    private const string Types = """

using System.Threading.Tasks;
public class PaymentMessage { public string OrderId { get; set; } public string CardNumber { get; set; } public string Cvc { get; set; } }
public class ReceiptMessage { public string OrderId { get; set; } public string CardToken { get; set; } public string CardLast4 { get; set; } }
public interface IRabbitMQProducer<T> { Task PublishMessageAsync(T message, string queueName); }
public interface IEventBus { void Publish(object integrationEvent); }
public interface IEmailSender { Task SendAsync(PaymentMessage message); }
public interface ITopicPublisher { Task PublishAsync(string topic, string text); }
""";

    [Fact]
    public Task Card_carrying_messages_published_to_a_broker_are_reported() => VerifyCS.VerifyUnresolvedAsync(Types + """
public class CheckoutService
{
    private readonly IRabbitMQProducer<PaymentMessage> _producer;
    private readonly IEventBus _bus;
    public CheckoutService(IRabbitMQProducer<PaymentMessage> producer, IEventBus bus) { _producer = producer; _bus = bus; }

    public async Task Checkout(PaymentMessage request)
    {
        var message = new PaymentMessage { OrderId = request.OrderId, CardNumber = request.CardNumber, Cvc = request.Cvc };
        await _producer.PublishMessageAsync({|FG1004:message|}, "payment_request");
        _bus.Publish({|FG1004:request|});
    }
}
""");

    [Fact]
    public Task Token_messages_mail_and_text_topics_stay_silent() => VerifyCS.VerifyUnresolvedAsync(Types + """
public class ReceiptService
{
    private readonly IEventBus _bus;
    private readonly IEmailSender _mail;
    private readonly ITopicPublisher _topics;
    public ReceiptService(IEventBus bus, IEmailSender mail, ITopicPublisher topics) { _bus = bus; _mail = mail; _topics = topics; }

    public async Task Done(PaymentMessage request, ReceiptMessage receipt)
    {
        _bus.Publish(receipt);
        _bus.Publish(new ReceiptMessage { OrderId = request.OrderId, CardLast4 = request.CardNumber.Substring(request.CardNumber.Length - 4) });
        await _mail.SendAsync(request);
        await _topics.PublishAsync("receipts", request.OrderId);
    }
}
""");
}
