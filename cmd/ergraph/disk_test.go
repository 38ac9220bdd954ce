package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestBuildFullDisk builds into a 64 KiB file system: the outputs do not
// fit, the run fails with one line, and no partial file is left behind.
// Mounting needs root; without it the test skips.
func TestBuildFullDisk(t *testing.T) {
	dir := t.TempDir()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", dir).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a small tmpfs (needs root): %v %s", err, out)
	}
	defer exec.Command("umount", dir).Run()
	_, stderr, code := runCmd(t, "", "build", "-q", "-o", dir, "../../testdata")
	line := strings.TrimSpace(stderr)
	if code != exitFailed || !strings.Contains(line, "no space left on device") || strings.Contains(line, "\n") {
		t.Errorf("ergraph build on a full disk = exit %d, %q; want exit 1 and one line saying so", code, stderr)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		t.Errorf("ergraph build on a full disk left %s", filepath.Join(dir, e.Name()))
	}
}
