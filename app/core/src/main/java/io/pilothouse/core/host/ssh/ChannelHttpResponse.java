package io.pilothouse.core.host.ssh;

import com.github.dockerjava.transport.DockerHttpClient;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.NameValuePair;
import org.apache.hc.core5.http.io.entity.EmptyInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** One response from the engine; closing it aborts the exchange, which ends a stream still being read. */
final class ChannelHttpResponse implements DockerHttpClient.Response {

    private static final Logger LOG = LoggerFactory.getLogger(ChannelHttpResponse.class);

    private final HttpUriRequestBase request;
    private final ClassicHttpResponse response;

    ChannelHttpResponse(HttpUriRequestBase request, ClassicHttpResponse response) {
        this.request = request;
        this.response = response;
    }

    @Override
    public int getStatusCode() {
        return response.getCode();
    }

    @Override
    public Map<String, List<String>> getHeaders() {
        return Stream.of(response.getHeaders()).collect(Collectors.groupingBy(NameValuePair::getName,
                Collectors.mapping(NameValuePair::getValue, Collectors.toList())));
    }

    @Override
    public String getHeader(String name) {
        Header header = response.getFirstHeader(name);
        return header != null ? header.getValue() : null;
    }

    @Override
    public InputStream getBody() {
        try {
            return response.getEntity() != null ? response.getEntity().getContent() : EmptyInputStream.INSTANCE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            request.abort();
        } catch (Exception e) {
            LOG.debug("aborting {} {} failed: {}", request.getMethod(), request.getRequestUri(), e.toString());
        }
        try {
            response.close();
        } catch (Exception e) {
            LOG.debug("closing the response to {} {} failed: {}", request.getMethod(), request.getRequestUri(), e.toString());
        }
    }
}
