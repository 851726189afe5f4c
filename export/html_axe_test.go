package export

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/net/html"
)

// The accessibility test runs axe-core (npm, MPL-2.0; export/testdata/axe)
// inside Debian's headless Chromium: the page is written with axe and a
// small runner appended, Chromium loads it from a file with a virtual time
// budget and dumps the DOM, into which the runner has written its results.
// scripts/install-deps.sh installs chromium and axe-core; when axe-core is
// missing the test installs it from the lock file with npm ci.

// axeTags are the rule sets run: WCAG 2.0, 2.1 and 2.2 levels A and AA and
// axe's best practices.
var axeTags = []string{"wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"}

// axeResult is what the runner writes into the page.
type axeResult struct {
	Violations []struct {
		ID    string `json:"id"`
		Help  string `json:"help"`
		Nodes []struct {
			HTML string `json:"html"`
		} `json:"nodes"`
	} `json:"violations"`
	Passes     []string `json:"passes"`
	Incomplete []string `json:"incomplete"`
	Error      string   `json:"error"`
}

var axeInstall sync.Once

// axeScript returns axe.min.js, installing axe-core with npm ci if needed.
func axeScript(t *testing.T) []byte {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("testdata", "axe"))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "node_modules", "axe-core", "axe.min.js")
	axeInstall.Do(func() {
		if _, err := os.Stat(path); err == nil {
			return
		}
		npm, err := exec.LookPath("npm")
		if err != nil {
			return
		}
		cmd := exec.Command(npm, "ci", "--no-audit", "--no-fund", "--ignore-scripts")
		cmd.Dir = dir
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Logf("npm ci in %s: %v\n%s", dir, err, out)
		}
	})
	js, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("axe-core is needed to check the HTML export: install npm and run make deps (%v)", err)
	}
	return js
}

// runAxe checks page with axe-core in headless Chromium.
func runAxe(t *testing.T, page []byte, flags ...string) axeResult {
	t.Helper()
	chromium := ""
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			chromium = p
			break
		}
	}
	if chromium == "" {
		t.Fatal("chromium is needed to check the HTML export: install it (make deps)")
	}
	tags, _ := json.Marshal(axeTags)
	runner := `<script>` + string(axeScript(t)) + `</script>
<script>
axe.run(document, {runOnly: {type: "tag", values: ` + string(tags) + `}, resultTypes: ["violations"]})
  .then(function (r) {
    var out = {
      violations: r.violations.map(function (v) {
        return {id: v.id, help: v.help, nodes: v.nodes.map(function (n) { return {html: n.html}; })};
      }),
      passes: r.passes.map(function (p) { return p.id; }),
      incomplete: r.incomplete.map(function (p) {
        return p.id + ": " + p.nodes.map(function (n) { return n.html.slice(0, 80) + " " + (n.any[0] || {}).message; }).join(" | ");
      })
    };
    report(out);
  }, function (e) { report({error: String(e)}); });
function report(out) {
  var pre = document.createElement("pre");
  pre.id = "axe-result";
  pre.textContent = JSON.stringify(out);
  document.documentElement.appendChild(pre);
}
</script>
`
	i := bytes.LastIndex(page, []byte("</body>"))
	if i < 0 {
		t.Fatal("page has no </body>")
	}
	withAxe := append(append(append([]byte{}, page[:i]...), runner...), page[i:]...)
	dir := t.TempDir()
	file := filepath.Join(dir, "page.html")
	if err := os.WriteFile(file, withAxe, 0o644); err != nil {
		t.Fatal(err)
	}
	args := append([]string{
		"--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
		"--no-first-run", "--window-size=1366,8000", "--user-data-dir=" + filepath.Join(dir, "profile"),
		"--virtual-time-budget=30000", "--dump-dom",
	}, flags...)
	// A hung browser fails the test instead of stalling the suite.
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, chromium, append(args, "file://"+file)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("chromium: %v\n%s", err, stderr.String())
	}
	doc, err := html.Parse(bytes.NewReader(out))
	if err != nil {
		t.Fatalf("parse chromium's DOM: %v", err)
	}
	pre := findByID(doc, "axe-result")
	if pre == nil {
		t.Fatalf("axe wrote no result; chromium said:\n%s", stderr.String())
	}
	var res axeResult
	if err := json.Unmarshal([]byte(textOf(pre)), &res); err != nil {
		t.Fatalf("axe result: %v", err)
	}
	if res.Error != "" {
		t.Fatalf("axe: %s", res.Error)
	}
	return res
}

func TestHTMLAxe(t *testing.T) {
	tests := []struct {
		name  string
		page  func(t *testing.T) []byte
		flags []string
	}{
		{"demo", func(t *testing.T) []byte { p, tpl := demo(t); return exportHTML(t, p, tpl, "demo") }, nil},
		// The dark colour scheme of the style sheet, as a reader who
		// prefers it sees the page.
		{"demo dark", func(t *testing.T) []byte { p, tpl := demo(t); return exportHTML(t, p, tpl, "demo") }, []string{"--blink-settings=preferredColorScheme=0"}},
		{"hostile", func(t *testing.T) []byte { p, tpl := hostileProgramme(t); return exportHTML(t, p, tpl, "hostile") }, nil},
		// A freshly entered programme with the municipality's logo: axe
		// checks the img's alternative text (image-alt).
		{"entered with logo", func(t *testing.T) []byte { p, tpl := enteredForExport(t); return exportHTML(t, p, tpl, "entered") }, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := runAxe(t, tt.page(t), tt.flags...)
			for _, v := range res.Violations {
				var nodes []string
				for _, n := range v.Nodes {
					nodes = append(nodes, n.HTML)
				}
				t.Errorf("axe %s: %s (%d): %s", v.ID, v.Help, len(v.Nodes), strings.Join(nodes, " | "))
			}
			// The rules that matter for this page must have run and passed.
			for _, id := range []string{"html-has-lang", "document-title", "landmark-one-main", "region", "heading-order", "th-has-data-cells", "color-contrast", "link-name", "list"} {
				if !contains(res.Passes, id) {
					t.Errorf("axe rule %s did not pass (passes: %v, incomplete: %v)", id, res.Passes, res.Incomplete)
				}
			}
			if tt.name == "entered with logo" && !contains(res.Passes, "image-alt") {
				t.Errorf("axe rule image-alt did not pass (passes: %v)", res.Passes)
			}
			t.Logf("axe: %d violations, %d rules passed, %d incomplete %v", len(res.Violations), len(res.Passes), len(res.Incomplete), res.Incomplete)
		})
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// findByID returns the element with the given id.
func findByID(n *html.Node, id string) *html.Node {
	if n.Type == html.ElementNode && attr(n, "id") == id {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findByID(c, id); f != nil {
			return f
		}
	}
	return nil
}

// attr returns an attribute's value, "" when absent.
func attr(n *html.Node, name string) string {
	for _, a := range n.Attr {
		if a.Key == name {
			return a.Val
		}
	}
	return ""
}

// textOf returns the text content of a node.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}
