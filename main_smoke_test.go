package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestSmokeGUI builds the real binary, starts it under Xvfb on a temporary
// database, waits for its window, checks that a second instance on the same
// file is refused with a clear message, and stops the app with SIGTERM,
// which must save and exit cleanly without console noise.
func TestSmokeGUI(t *testing.T) {
	xvfb, err := exec.LookPath("Xvfb")
	if err != nil {
		t.Fatal("Xvfb is needed for the smoke test: run `make deps` (or apt-get install xvfb x11-utils)")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "kotoutus")
	build := exec.Command("go", "build", "-tags", "migrated_fynedo", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}

	display := fmt.Sprintf(":%d", 70+os.Getpid()%20)
	x := exec.Command(xvfb, display, "-screen", "0", "1280x800x24", "-nolisten", "tcp")
	if err := x.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { x.Process.Kill(); x.Wait() })
	time.Sleep(500 * time.Millisecond)

	db := filepath.Join(dir, "data", "kotoutus.db")
	home := filepath.Join(dir, "home")
	env := append(os.Environ(), "DISPLAY="+display, "HOME="+home, "XDG_CONFIG_HOME="+filepath.Join(home, ".config"), "LANG=C")
	if out, err := cmdEnv(env, bin, "--db", db, "demo").CombinedOutput(); err != nil {
		t.Fatalf("demo: %v %s", err, out)
	}

	var stderr bytes.Buffer
	app := cmdEnv(env, bin, "--db", db)
	app.Stderr = &stderr
	start := time.Now()
	if err := app.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- app.Wait() }()

	if !waitWindow(t, env, "Kotoutus", 60*time.Second, exited) {
		t.Fatalf("no window within 60 s; stderr: %s", stderr.String())
	}
	t.Logf("start-up to first window: %v", time.Since(start).Round(time.Millisecond))

	second := cmdEnv(env, bin, "--db", db, "list")
	var secondErr bytes.Buffer
	second.Stderr = &secondErr
	err = second.Run()
	if err == nil || !strings.Contains(secondErr.String(), "jo auki") {
		t.Errorf("second instance: err %v, stderr %q", err, secondErr.String())
	}

	if err := app.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-exited:
		if err != nil {
			t.Errorf("app exited with %v", err)
		}
	case <-time.After(15 * time.Second):
		app.Process.Kill()
		t.Fatal("app did not exit within 15 s of SIGTERM")
	}
	if s := stderr.String(); s != "" {
		t.Errorf("console noise on stderr:\n%s", s)
	}
	if fi, err := os.Stat(db); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("database after run: %v %v", fi, err)
	}
}

func cmdEnv(env []string, name string, args ...string) *exec.Cmd {
	c := exec.Command(name, args...)
	c.Env = env
	return c
}

// waitWindow polls the X server's window tree for a window whose name
// contains title.
func waitWindow(t *testing.T, env []string, title string, limit time.Duration, exited chan error) bool {
	t.Helper()
	deadline := time.Now().Add(limit)
	for time.Now().Before(deadline) {
		select {
		case err := <-exited:
			t.Fatalf("app exited before showing a window: %v", err)
		default:
		}
		out, _ := cmdEnv(env, "xwininfo", "-root", "-tree").Output()
		if strings.Contains(string(out), title) {
			return true
		}
		time.Sleep(200 * time.Millisecond)
	}
	return false
}
