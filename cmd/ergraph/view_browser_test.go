package main

import (
	"context"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/performance"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/ergraph/ergraph/graph"
)

// chromiumPath finds Debian's chromium (scripts/test.sh installs it).
// Without it the browser tests skip, except under CI=true where they fail.
func chromiumPath(tb testing.TB) string {
	tb.Helper()
	for _, name := range []string{os.Getenv("ERGRAPH_CHROMIUM"), "chromium", "chromium-browser", "google-chrome"} {
		if name == "" {
			continue
		}
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		tb.Fatal("no chromium found: the browser test must run in CI (scripts/test.sh installs Debian's chromium)")
	}
	tb.Skip("no chromium found (apt-get install chromium, or set ERGRAPH_CHROMIUM)")
	return ""
}

// pageLog collects what a page reports that a test must see empty.
type pageLog struct {
	mu       sync.Mutex
	errors   []string // console errors, uncaught exceptions, error log entries
	requests []string // requests for anything but the page's own file and data: URLs
	dialogs  []string
}

func (l *pageLog) add(list *[]string, format string, args ...any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	*list = append(*list, fmt.Sprintf(format, args...))
}

func (l *pageLog) listen(ev any) {
	switch ev := ev.(type) {
	case *runtime.EventConsoleAPICalled:
		if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeAssert {
			var parts []string
			for _, a := range ev.Args {
				parts = append(parts, string(a.Value)+a.Description)
			}
			l.add(&l.errors, "console.%s: %s", ev.Type, strings.Join(parts, " "))
		}
	case *runtime.EventExceptionThrown:
		l.add(&l.errors, "exception: %s %s", ev.ExceptionDetails.Text, exceptionDescription(ev.ExceptionDetails))
	case *log.EventEntryAdded:
		if ev.Entry.Level == log.EntryLevelError {
			l.add(&l.errors, "log: %s (%s)", ev.Entry.Text, ev.Entry.URL)
		}
	case *network.EventRequestWillBeSent:
		// data: URLs are the browser's own icons (the date picker's).
		if !strings.HasPrefix(ev.Request.URL, "file://") && !strings.HasPrefix(ev.Request.URL, "data:") {
			l.add(&l.requests, "%s", ev.Request.URL)
		}
	case *page.EventJavascriptDialogOpening:
		l.add(&l.dialogs, "%s", ev.Message)
	}
}

func exceptionDescription(d *runtime.ExceptionDetails) string {
	if d.Exception != nil {
		return d.Exception.Description
	}
	return ""
}

// openPage starts a headless chromium, opens the page and waits until it
// says it is interactive.
func openPage(tb testing.TB, path string) (context.Context, *pageLog) {
	tb.Helper()
	return openPageSized(tb, path, 1400, 900)
}

// openPageSized is openPage in a window of w by h pixels.
func openPageSized(tb testing.TB, path string, w, h int) (context.Context, *pageLog) {
	tb.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromiumPath(tb)),
		chromedp.NoSandbox, // CI runs as root
		chromedp.WindowSize(w, h),
		// WebGL without a GPU: SwiftShader, as on any headless server.
		chromedp.Flag("use-angle", "swiftshader"),
		chromedp.Flag("enable-unsafe-swiftshader", true),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(actx)
	tb.Cleanup(func() { cancelCtx(); cancelAlloc() })
	pl := &pageLog{}
	if err := chromedp.Listen(ctx, pl.listen); err != nil {
		tb.Fatalf("start chromium: %v", err)
	}
	// CPU time, not wall time, for the benchmarks' metrics.
	if _, err := chromedp.Call(ctx, performance.Enable, performance.EnableParams{TimeDomain: performance.EnableTimeDomainThreadTicks}); err != nil {
		tb.Fatalf("enable performance metrics: %v", err)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		tb.Fatal(err)
	}
	wait, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.Navigate("file://"+abs)); err != nil {
		tb.Fatalf("open %s: %v", path, err)
	}
	if err := chromedp.Do(wait, chromedp.WaitVisible(chromedp.CSS(`body[data-ready="true"]`))); err != nil {
		tb.Fatalf("page never became interactive: %v; errors %q", err, pl.errors)
	}
	return ctx, pl
}

func evalJS[T any](tb testing.TB, ctx context.Context, js string) T {
	tb.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js))
	if err != nil {
		tb.Fatalf("evaluate %s: %v", js, err)
	}
	return v
}

func text(tb testing.TB, ctx context.Context, css string) string {
	tb.Helper()
	wait, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	s, err := chromedp.Run(wait, chromedp.TextContent(chromedp.CSS(css)))
	if err != nil {
		tb.Fatalf("read %s: %v", css, err)
	}
	return strings.TrimSpace(s)
}

// panelShows reports whether the details panel shows title within d.
func panelShows(ctx context.Context, title string, d time.Duration) bool {
	wait, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	for {
		got, err := chromedp.Run(wait, chromedp.Evaluate[string](`(document.getElementById("panel-title") || {}).textContent || ""`))
		if err == nil && strings.TrimSpace(got) == title {
			return true
		}
		select {
		case <-wait.Done():
			return false
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// TestViewInBrowser opens the page of testdata/ in headless chromium and
// uses it as a reader would: search, click a node, click a link.
func TestViewInBrowser(t *testing.T) {
	chromiumPath(t)
	out := os.Getenv("ERGRAPH_ARTIFACTS")
	if out == "" {
		out = t.TempDir()
	}
	out = filepath.Join(out, "view")
	if _, stderr, code := runCmd(t, "", "build", "-q", "-html", "-title", "ergraph: testdata", "-o", out, "../../testdata/articles", "../../testdata/feeds"); code != exitOK {
		t.Fatalf("ergraph build -html = exit %d: %s", code, stderr)
	}
	gf, err := os.Open(filepath.Join(out, "graph.graphml"))
	if err != nil {
		t.Fatal(err)
	}
	g, err := graph.ReadGraphML(gf)
	gf.Close()
	if err != nil {
		t.Fatal(err)
	}
	ctx, pl := openPage(t, filepath.Join(out, "graph.html"))

	if got, want := text(t, ctx, "#total-nodes"), strconv.Itoa(len(g.Nodes())); got != want {
		t.Errorf("page says %s entities, the GraphML has %s", got, want)
	}
	if got, want := text(t, ctx, "#shown-nodes"), strconv.Itoa(len(g.Nodes())); got != want {
		t.Errorf("page draws %s entities, want all %s", got, want)
	}
	if got, want := evalJS[int](t, ctx, `ergraph.graph.order`), len(g.Nodes()); got != want {
		t.Errorf("sigma's graph has %d nodes, want %d", got, want)
	}

	// Search, accent- and case-insensitively, and select with Enter.
	if err := chromedp.Do(ctx, chromedp.SendKeys(chromedp.CSS("#search"), "amber rüdd")); err != nil {
		t.Fatal(err)
	}
	if got := text(t, ctx, "#results li:first-child button"); !strings.HasPrefix(got, "Amber Rudd") {
		t.Errorf("first search result for 'amber rüdd' is %q, want Amber Rudd", got)
	}
	if err := chromedp.Do(ctx, chromedp.KeyEvent("\r")); err != nil {
		t.Fatal(err)
	}
	if got := text(t, ctx, "#panel-title"); got != "Amber Rudd" {
		t.Errorf("after searching Amber Rudd the panel shows %q", got)
	}

	// Clear, then click her node on the canvas.
	if err := chromedp.Do(ctx, chromedp.KeyEvent("\x1b"), chromedp.Sleep(700*time.Millisecond)); err != nil {
		t.Fatal(err)
	}
	// On a loaded machine the camera may still be moving to her: wait.
	for deadline := time.Now().Add(10 * time.Second); evalJS[bool](t, ctx, `ergraph.renderer.getCamera().isAnimated()`) && time.Now().Before(deadline); {
		time.Sleep(100 * time.Millisecond)
	}
	// A click the loaded page has not laid out yet can miss: up to three
	// clicks, each where her node is drawn then.
	var xy []float64
	for try := 0; try < 3; try++ {
		xy = evalJS[[]float64](t, ctx, `(() => {
			const i = ergraph.data.nodes.findIndex((n) => n.id === "person:amber-rudd");
			const p = ergraph.renderer.graphToViewport(ergraph.graph.getNodeAttributes(String(i)));
			const r = document.getElementById("sigma").getBoundingClientRect();
			return [r.left + p.x, r.top + p.y];
		})()`)
		if err := chromedp.Do(ctx, chromedp.MouseClickXY(xy[0], xy[1])); err != nil {
			t.Fatal(err)
		}
		if panelShows(ctx, "Amber Rudd", 5*time.Second) {
			break
		}
	}
	if got := text(t, ctx, "#panel-title"); got != "Amber Rudd" {
		t.Fatalf("after clicking Amber Rudd at %v the panel shows %q", xy, got)
	}
	if got := text(t, ctx, "#panel blockquote.evidence p"); len(got) < 20 || !strings.Contains(got, "Rudd") {
		t.Errorf("Amber Rudd's panel shows the evidence %q, want a sentence naming her", got)
	}
	shot, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(out, "view.png"), shot, 0o644); err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile(filepath.Join("..", "..", "docs", "view.png"), shot, 0o644); err != nil {
			t.Fatal(err)
		}
	}

	// A link of hers: its panel gives type, weight and evidence with the source.
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#panel ul.links li:first-child button"))); err != nil {
		t.Fatal(err)
	}
	if got := text(t, ctx, "#panel-title"); !strings.Contains(got, "Amber Rudd") || !strings.ContainsAny(got, "→—") {
		t.Errorf("link panel title %q", got)
	}
	if got := text(t, ctx, "#panel dl"); !strings.Contains(got, "Weight") || !strings.Contains(got, "Confidence") {
		t.Errorf("link panel facts %q", got)
	}
	if got := text(t, ctx, "#panel blockquote.evidence cite"); got == "" {
		t.Error("link evidence names no document")
	}
	clickTypedRelation(t, ctx)
	if got, want := evalJS[string](t, ctx, `document.getElementById("search").placeholder`), evalJS[string](t, ctx, `ergraph.data.nodes[0].name`); !strings.Contains(got, want) {
		t.Errorf("search placeholder %q; want the most central entity, %s", got, want)
	}
	// An entity the filters hide, selected from the search: the panel says so.
	hidden := evalJS[string](t, ctx, `(() => { const i = ergraph.data.types.indexOf("Person");
		const box = document.getElementById("f-types-" + i); box.click();
		ergraph.selectNode(ergraph.data.nodes.findIndex((n) => n.id === "person:amber-rudd"), true);
		const text = document.getElementById("panel").textContent; box.click(); return text; })()`)
	if !strings.Contains(hidden, "Hidden by the filters") {
		t.Errorf("the panel of an entity the filters hide reads %q; want it to say so", hidden)
	}

	pl.mu.Lock()
	defer pl.mu.Unlock()
	if len(pl.errors) > 0 {
		t.Errorf("page errors: %q", pl.errors)
	}
	if len(pl.requests) > 0 {
		t.Errorf("page made network requests: %q", pl.requests)
	}
	if len(pl.dialogs) > 0 {
		t.Errorf("page opened dialogs: %q", pl.dialogs)
	}
	t.Logf("screenshot: %s", filepath.Join(out, "view.png"))
}

// BenchmarkViewInteractive opens the page ERGRAPH_VIEW_PAGE names (made
// with ergraph view) and reports the milliseconds from navigation to the
// first frame drawn with every control working, as the page measures it,
// and the CPU time of the renderer's main thread by then (which, unlike
// the wall time, does not grow when other processes share the cores).
func BenchmarkViewInteractive(b *testing.B) {
	path := os.Getenv("ERGRAPH_VIEW_PAGE")
	if path == "" {
		b.Skip("set ERGRAPH_VIEW_PAGE to a graph.html")
	}
	var total, cpu float64
	for range b.N {
		ctx, pl := openPage(b, path)
		ready := evalJS[float64](b, ctx, `ergraph.readyAt`)
		total += ready
		m, err := chromedp.Call(ctx, performance.GetMetrics, cdp.Empty{})
		if err != nil {
			b.Fatal(err)
		}
		for _, x := range m.Metrics {
			if x.Name == "ThreadTime" {
				cpu += x.Value * 1000
				b.Logf("renderer main thread: %.0f ms of CPU", x.Value*1000)
			}
		}
		b.Logf("interactive after %.0f ms; steps %v", ready, evalJS[map[string]float64](b, ctx, `ergraph.timings`))
		if len(pl.errors) > 0 {
			b.Fatalf("page errors: %q", pl.errors)
		}
	}
	b.ReportMetric(total/float64(b.N), "ms-to-interactive")
	b.ReportMetric(cpu/float64(b.N), "main-thread-cpu-ms")
}

// BenchmarkViewFrameRate opens the page ERGRAPH_VIEW_PAGE names and reports
// the frames per second sigma.js draws while the camera pans and zooms
// for 3 s: the smoothness of the view.
func BenchmarkViewFrameRate(b *testing.B) {
	path := os.Getenv("ERGRAPH_VIEW_PAGE")
	if path == "" {
		b.Skip("set ERGRAPH_VIEW_PAGE to a graph.html")
	}
	ctx, _ := openPage(b, path)
	var total float64
	for range b.N {
		fps, err := chromedp.Run(ctx, chromedp.Evaluate[float64](`ergraph.measureFPS(3000)`, chromedp.EvalAwaitPromise))
		if err != nil {
			b.Fatal(err)
		}
		total += fps
	}
	b.ReportMetric(total/float64(b.N), "frames/s")
	b.ReportMetric(float64(evalJS[int](b, ctx, `ergraph.graph.order`)), "nodes-drawn")
	b.ReportMetric(float64(evalJS[int](b, ctx, `ergraph.graph.size`)), "edges-drawn")
}

// TestViewShowMoreInBrowser opens a page that starts with the top 10
// entities: it says so, "Show more" draws 10 more, and a search finds an
// entity not drawn yet and draws it.
func TestViewShowMoreInBrowser(t *testing.T) {
	chromiumPath(t)
	out := t.TempDir()
	if _, stderr, code := runCmd(t, "", "build", "-q", "-o", out, "../../testdata/articles", "../../testdata/feeds"); code != exitOK {
		t.Fatalf("ergraph build = exit %d: %s", code, stderr)
	}
	page := filepath.Join(out, "top.html")
	if _, stderr, code := runCmd(t, "", "view", "-initial", "10", "-o", page, out); code != exitOK {
		t.Fatalf("ergraph view -initial 10 = exit %d: %s", code, stderr)
	}
	ctx, pl := openPage(t, page)
	if got := text(t, ctx, "#shown-nodes"); got != "10" {
		t.Errorf("page draws %s entities at first, want 10", got)
	}
	if got := text(t, ctx, "#note"); !strings.Contains(got, "highest PageRank") {
		t.Errorf("page does not say it shows the top entities: %q", got)
	}
	// The entity of lowest PageRank is not drawn until searched for.
	last := evalJS[string](t, ctx, `ergraph.data.nodes[ergraph.data.nodes.length - 1].name`)
	if drawn := evalJS[bool](t, ctx, `ergraph.graph.hasNode(String(ergraph.data.nodes.length - 1))`); drawn {
		t.Fatalf("%s is drawn before anyone asked for it", last)
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#more"))); err != nil {
		t.Fatal(err)
	}
	if got := text(t, ctx, "#shown-nodes"); got != "20" {
		t.Errorf("after Show more the page draws %s entities, want 20", got)
	}
	if err := chromedp.Do(ctx, chromedp.SendKeys(chromedp.CSS("#search"), last+"\r")); err != nil {
		t.Fatal(err)
	}
	if got := text(t, ctx, "#panel-title"); got != last {
		t.Errorf("after searching %q the panel shows %q", last, got)
	}
	if drawn := evalJS[bool](t, ctx, `ergraph.graph.hasNode(String(ergraph.data.nodes.length - 1))`); !drawn {
		t.Errorf("%s was selected but not drawn", last)
	}
	pl.mu.Lock()
	defer pl.mu.Unlock()
	if len(pl.errors) > 0 {
		t.Errorf("page errors: %q", pl.errors)
	}
}

// layoutArticles are two test articles: one with a 500-character title
// and a pronoun ("He") that links the people of one sentence to the
// company of the next, one whose two organisations are never named
// together (isolated nodes).
var layoutArticles = map[string]string{
	"long.jsonl": `{"id": "long", "title": "` + strings.TrimSpace(strings.Repeat("Minister warns that encrypted messaging services must open their systems to the police ", 6)) +
		`", "url": "https://example.org/long", "published": "2017-03-27", "text": "Amber Rudd met Tim Cook in London on Monday. He said Apple would not weaken the encryption of its phones.\n\n` +
		`Rudd told the BBC that WhatsApp must help the police."}` + "\n",
	"lone.txt": "Charity report\n\nOxfam published a report.\n\nGreenpeace was not consulted.\n",
}

// TestViewLayoutInBrowser opens a page in a narrow and a wide window and
// resizes it: the graph is drawn at every size without errors, the
// labels fit, long titles are shortened, isolated nodes are labelled and
// a pronoun link is not called a same-sentence one.
func TestViewLayoutInBrowser(t *testing.T) {
	chromiumPath(t)
	in, out := t.TempDir(), filepath.Join(t.TempDir(), "layout")
	for name, body := range layoutArticles {
		if err := os.WriteFile(filepath.Join(in, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if _, stderr, code := runCmd(t, "", "build", "-q", "-html", "-o", out, in); code != exitOK {
		t.Fatalf("ergraph build -html = exit %d: %s", code, stderr)
	}
	page := filepath.Join(out, "graph.html")
	// drawn checks the drawing has a size, holds every node and the
	// filters are listed; scrolls says whether the page scrolls.
	drawn := func(ctx context.Context, size string) {
		t.Helper()
		wh := evalJS[[]float64](t, ctx, `(() => { const d = ergraph.renderer.getDimensions(); return [d.width, d.height]; })()`)
		if wh[0] < 200 || wh[1] < 200 {
			t.Errorf("%s: drawing is %vx%v px", size, wh[0], wh[1])
		}
		inside := evalJS[bool](t, ctx, `(() => { const d = ergraph.renderer.getDimensions(); let ok = ergraph.graph.order > 0;
			ergraph.graph.forEachNode((k, a) => { const p = ergraph.renderer.graphToViewport(a); ok = ok && p.x >= 0 && p.y >= 0 && p.x <= d.width && p.y <= d.height; });
			return ok; })()`)
		if !inside {
			t.Errorf("%s: not every node is inside the drawing", size)
		}
		if n := evalJS[int](t, ctx, `document.querySelectorAll("#f-types input").length`); n == 0 {
			t.Errorf("%s: no entity type filters", size)
		}
		if w := evalJS[[]float64](t, ctx, `[document.documentElement.scrollWidth, window.innerWidth]`); w[0] > w[1] {
			t.Errorf("%s: page is %v px wide in a %v px window", size, w[0], w[1])
		}
	}
	noErrors := func(pl *pageLog, size string) {
		t.Helper()
		pl.mu.Lock()
		defer pl.mu.Unlock()
		if len(pl.errors) > 0 {
			t.Errorf("%s: page errors: %q", size, pl.errors)
		}
	}

	ctx, pl := openPageSized(t, page, 600, 800)
	drawn(ctx, "600x800")
	noErrors(pl, "600x800")

	ctx, pl = openPageSized(t, page, 1400, 900)
	drawn(ctx, "1400x900")
	if h := evalJS[[]float64](t, ctx, `[document.documentElement.scrollHeight, window.innerHeight]`); h[0] > h[1] {
		t.Errorf("1400x900: page is %v px high in a %v px window: it scrolls", h[0], h[1])
	}
	// Every forced label ends inside the drawing.
	over := evalJS[[]string](t, ctx, `(() => { const r = ergraph.renderer, d = r.getDimensions(), out = [];
		const c = document.createElement("canvas").getContext("2d");
		c.font = r.getSetting("labelWeight") + " " + r.getSetting("labelSize") + "px " + r.getSetting("labelFont");
		ergraph.graph.forEachNode((k, a) => {
			if (!a.forceLabel) return;
			const p = r.graphToViewport(a), size = r.getNodeDisplayData(k).size;
			if (p.x + size + 3 + c.measureText(a.label).width > d.width) out.push(a.label);
		});
		return out; })()`)
	if len(over) > 0 {
		t.Errorf("labels cut off at the right edge: %q", over)
	}
	// Isolated nodes are labelled.
	lone := evalJS[[]string](t, ctx, `ergraph.graph.nodes().filter((k) => ergraph.graph.degree(k) === 0).map((k) => ergraph.graph.getNodeAttribute(k, "forceLabel") ? "" : ergraph.graph.getNodeAttribute(k, "label"))`)
	if len(lone) == 0 {
		t.Error("the test graph has no isolated node")
	}
	for _, l := range lone {
		if l != "" {
			t.Errorf("isolated node %s is not labelled", l)
		}
	}
	// Tiny centralities read 0.
	if got := evalJS[string](t, ctx, `ergraph.fmt(2.64e-66)`); got != "0" {
		t.Errorf("fmt(2.64e-66) = %q, want 0", got)
	}

	// Amber Rudd's panel shortens the 500-character title, keeping it whole in the title attribute.
	evalJS[any](t, ctx, `ergraph.selectNode(ergraph.data.nodes.findIndex((n) => n.id === "person:amber-rudd"), false)`)
	titles := evalJS[[][]string](t, ctx, `[...document.querySelectorAll("#panel cite [title], #panel li [title]")].map((e) => [e.textContent, e.title])`)
	if len(titles) == 0 {
		t.Fatal("Amber Rudd's panel names no document")
	}
	for _, tt := range titles {
		if n := len([]rune(tt[0])); n > 90 || len(tt[1]) < 500 || !strings.HasSuffix(tt[0], "…") {
			t.Errorf("document shown as %q (%d characters), title attribute of %d", tt[0], n, len(tt[1]))
		}
	}
	if got := text(t, ctx, "#panel"); strings.Count(got, "Minister warns") > len(titles) {
		t.Errorf("the long title is repeated in full in the panel")
	}

	// A pronoun link (confidence 0.5) says so, not "same sentence".
	k := evalJS[int](t, ctx, `ergraph.data.edges.findIndex((e) => !e.directed && e.confidence < 1)`)
	if k < 0 {
		t.Fatal("the test graph has no pronoun link")
	}
	evalJS[any](t, ctx, `ergraph.selectEdge(`+strconv.Itoa(k)+`)`)
	if got := text(t, ctx, "#panel dl"); strings.Contains(got, "same sentence") || !strings.Contains(got, "pronoun") {
		t.Errorf("pronoun link panel says %q", got)
	}
	k = evalJS[int](t, ctx, `ergraph.data.edges.findIndex((e) => !e.directed && e.confidence >= 1)`)
	evalJS[any](t, ctx, `ergraph.selectEdge(`+strconv.Itoa(k)+`)`)
	if got := text(t, ctx, "#panel dl"); !strings.Contains(got, "named together in a sentence") {
		t.Errorf("same-sentence link panel says %q", got)
	}

	// Resizing, down to nothing and back, throws nothing and redraws.
	for _, wh := range [][2]int64{{700, 800}, {600, 800}, {300, 500}, {0, 0}, {1400, 900}, {600, 800}} {
		if err := chromedp.Do(ctx, chromedp.EmulateViewport(wh[0], wh[1]), chromedp.Sleep(300*time.Millisecond)); err != nil {
			t.Fatalf("resize to %v: %v", wh, err)
		}
	}
	drawn(ctx, "resized to 600x800")
	noErrors(pl, "1400x900 and resized")
}

// clickTypedRelation checks that a typed relation drawn between two
// entities that also co-occur is the line a click on the drawing opens:
// the co-occurrence under it is not drawn.
func clickTypedRelation(t *testing.T, ctx context.Context) {
	t.Helper()
	evalJS[any](t, ctx, `(() => { document.activeElement.blur(); ergraph.renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1 }); ergraph.renderer.refresh(); })()`)
	// The longest such line on screen, so that a click on it misses the nodes.
	pair := evalJS[[]int](t, ctx, `(() => { const d = ergraph.data, co = d.relTypes.indexOf("CO_OCCURS"), g = ergraph.graph, r = ergraph.renderer;
		let best = [-1, -1], longest = 0;
		for (let k = 0; k < d.edges.length; k++) {
			const e = d.edges[k];
			if (e.type === co || !g.hasEdge(String(k))) continue;
			const c = d.edges.findIndex((f) => f.type === co && Math.min(f.s, f.t) === Math.min(e.s, e.t) && Math.max(f.s, f.t) === Math.max(e.s, e.t));
			if (c < 0 || !g.hasEdge(String(c))) continue;
			const a = r.graphToViewport(g.getNodeAttributes(String(e.s))), b = r.graphToViewport(g.getNodeAttributes(String(e.t)));
			const len = Math.hypot(b.x - a.x, b.y - a.y);
			if (len > longest) { longest = len; best = [k, c]; }
		}
		return best; })()`)
	k, c := pair[0], pair[1]
	if k < 0 {
		t.Fatal("testdata has no typed relation between entities that also co-occur")
	}
	if !evalJS[bool](t, ctx, `ergraph.renderer.getEdgeDisplayData("`+strconv.Itoa(c)+`").hidden`) {
		t.Errorf("the co-occurrence under typed relation %d is drawn", k)
	}
	want := evalJS[string](t, ctx, `ergraph.data.relTypes[ergraph.data.edges[`+strconv.Itoa(k)+`].type]`)
	for _, at := range []float64{0.5, 0.35, 0.65} {
		xy := evalJS[[]float64](t, ctx, `(() => { const e = ergraph.data.edges[`+strconv.Itoa(k)+`], g = ergraph.graph, r = ergraph.renderer;
			const a = r.graphToViewport(g.getNodeAttributes(String(e.s))), b = r.graphToViewport(g.getNodeAttributes(String(e.t)));
			const box = document.getElementById("sigma").getBoundingClientRect();
			return [box.left + a.x + `+fmt.Sprint(at)+` * (b.x - a.x), box.top + a.y + `+fmt.Sprint(at)+` * (b.y - a.y)]; })()`)
		if err := chromedp.Do(ctx, chromedp.MouseClickXY(math.Round(xy[0]), math.Round(xy[1]))); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(evalJS[string](t, ctx, `(document.querySelector("#panel dl") || {}).textContent || ""`), want) {
			return
		}
	}
	t.Errorf("clicking along typed relation %d (%s) never opened it; the panel shows %q; display %v", k, want,
		evalJS[string](t, ctx, `document.getElementById("panel").textContent`),
		evalJS[string](t, ctx, `JSON.stringify([ergraph.renderer.getEdgeDisplayData("`+strconv.Itoa(k)+`"), document.getElementById("sigma").getBoundingClientRect()])`))
}
