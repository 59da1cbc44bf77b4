package org.newssentinel.aws;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.utils.AttributeMap;

/**
 * The HTTP client of the function's SDK clients: every request goes to the wrapped client, except
 * a request carrying the {@value #HEADER} header, which is answered here with an empty success of
 * the service's protocol and never reaches the network.
 *
 * <p>It exists so that {@link AwsClients#prime()} can run the real clients' whole request path
 * (marshalling, endpoint rules, credentials, signing, response parsing) before a SnapStart
 * snapshot instead of in the first event after it. Only that method sets the header.
 */
final class PrimingHttpClient implements SdkHttpClient {

    /** Marks a priming request; a request without it is sent as it is. */
    static final String HEADER = "x-news-sentinel-priming";

    private static final byte[] SNS_PUBLISH = ("<PublishResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\">"
            + "<PublishResult><MessageId>priming</MessageId></PublishResult>"
            + "<ResponseMetadata><RequestId>priming</RequestId></ResponseMetadata></PublishResponse>")
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] JSON_EMPTY = "{}".getBytes(StandardCharsets.UTF_8);

    private final SdkHttpClient delegate;

    PrimingHttpClient(SdkHttpClient delegate) {
        this.delegate = delegate;
    }

    /** Wraps what {@code delegate} builds; the SDK still builds it with the service's defaults and closes it with the client. */
    static Wrapping wrapping(SdkHttpClient.Builder<?> delegate) {
        return new Wrapping(delegate);
    }

    /** Builds a {@link PrimingHttpClient} around what the wrapped builder builds. */
    static final class Wrapping implements SdkHttpClient.Builder<Wrapping> {
        private final SdkHttpClient.Builder<?> delegate;

        private Wrapping(SdkHttpClient.Builder<?> delegate) {
            this.delegate = delegate;
        }

        @Override
        public SdkHttpClient buildWithDefaults(AttributeMap serviceDefaults) {
            return new PrimingHttpClient(delegate.buildWithDefaults(serviceDefaults));
        }
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        if (request.httpRequest().firstMatchingHeader(HEADER).isEmpty()) {
            return delegate.prepareRequest(request);
        }
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() {
                return answer(request);
            }

            @Override
            public void abort() {
                // Nothing in flight: the answer is made in memory.
            }
        };
    }

    /** DynamoDB speaks JSON ({} is every operation's empty result), SNS XML, S3 answers a GET with an empty object. */
    private static HttpExecuteResponse answer(HttpExecuteRequest request) {
        String target = request.httpRequest().firstMatchingHeader("X-Amz-Target").orElse("");
        byte[] body;
        String type;
        if (target.startsWith("DynamoDB")) {
            body = JSON_EMPTY;
            type = "application/x-amz-json-1.0";
        } else if (request.httpRequest().firstMatchingHeader("Content-Type").orElse("").startsWith("application/x-www-form-urlencoded")) {
            body = SNS_PUBLISH;
            type = "text/xml";
        } else {
            body = new byte[0];
            type = "text/plain";
        }
        return HttpExecuteResponse.builder()
                .response(SdkHttpResponse.builder().statusCode(200).statusText("OK")
                        .putHeader("Content-Type", type)
                        .putHeader("Content-Length", Integer.toString(body.length))
                        .putHeader("x-amzn-RequestId", "priming")
                        .build())
                .responseBody(AbortableInputStream.create(new ByteArrayInputStream(body)))
                .build();
    }

    @Override
    public String clientName() {
        return delegate.clientName();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
