package org.entente.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import org.entente.pipeline.Pipeline;
import org.entente.json.Json;
import org.entente.model.Article;
import org.entente.model.Document;
import org.entente.pipeline.Runner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code extract PATH...}: the clean article of each document. */
@Command(name = "extract", mixinStandardHelpOptions = true, description = "Extract clean article text and metadata (JSON lines, or --format aeb).")
final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH")
    List<Path> paths;

    @Option(names = "--format", description = "jsonl (default) or aeb: one object {ID: {\"articleBody\": text}}")
    String format = "jsonl";

    @Mixin
    Threads threads;

    @Override
    public Integer call() throws IOException {
        if (!format.equals("jsonl") && !format.equals("aeb")) throw new IllegalArgumentException("unknown format " + format);
        Pipeline pipeline = Pipeline.standard();
        boolean aeb = format.equals("aeb");
        try (PrintWriter out = Output.stdout(); JsonGenerator g = aeb ? Json.MAPPER.getFactory().createGenerator(out) : null;
             Progress progress = new Progress(Progress.total(paths), "documents", false)) {
            if (g != null) g.writeStartObject();
            Runner.Summary s = Runner.run(paths, threads.threads, pipeline::extract, d -> false, new Runner.Listener<>() {
                @Override
                public void done(Document d, Article a) {
                    progress.tick(0);
                    if (g == null) {
                        out.println(Json.line(Json.article(a)));
                        return;
                    }
                    try {
                        g.writeObjectFieldStart(d.id());
                        g.writeStringField("articleBody", a.text());
                        g.writeEndObject();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public void rejected(String origin, String reason) {
                    Output.rejected(origin, reason);
                }
            });
            if (g != null) {
                g.writeEndObject();
                g.flush();
                out.println();
            }
            out.flush();
            return s.rejected() > 0 ? 1 : 0;
        }
    }
}
