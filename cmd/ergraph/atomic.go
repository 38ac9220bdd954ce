package main

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// atomicFile is an output file written under a temporary name and renamed
// into place by Commit, so an interrupted run never leaves a truncated file.
// The temporary name holds the process id, so that a later run removes
// what a killed one left (removeStale).
type atomicFile struct {
	*bufio.Writer
	f    *os.File
	path string
}

// createAtomic starts an output file. A symbolic link is written through
// (its target is replaced); a directory, a device or a pipe is refused,
// since renaming over it would replace it with a regular file.
func createAtomic(path string) (*atomicFile, error) {
	path = throughLinks(path)
	if fi, err := os.Stat(path); err == nil && !fi.Mode().IsRegular() {
		what := "not a regular file"
		switch {
		case fi.IsDir():
			what = "is a directory"
		case fi.Mode()&os.ModeNamedPipe != 0:
			what = "is a named pipe"
		case fi.Mode()&os.ModeDevice != 0:
			what = "is a device"
		}
		return nil, fmt.Errorf("create %s: %s", path, what)
	}
	removeStale(path)
	f, err := os.CreateTemp(filepath.Dir(path), tempPrefix(path)+strconv.Itoa(os.Getpid())+"-*.tmp")
	if err != nil {
		return nil, fmt.Errorf("create %s: %w", path, err)
	}
	addTemp(f.Name())
	return &atomicFile{Writer: bufio.NewWriterSize(f, 256<<10), f: f, path: path}, nil
}

// throughLinks follows path's symbolic links, even one whose target does
// not exist yet, to the file they name.
func throughLinks(path string) string {
	for range 40 {
		fi, err := os.Lstat(path)
		if err != nil || fi.Mode()&os.ModeSymlink == 0 {
			break
		}
		dest, err := os.Readlink(path)
		if err != nil {
			break
		}
		if !filepath.IsAbs(dest) {
			dest = filepath.Join(filepath.Dir(path), dest)
		}
		path = dest
	}
	return path
}

func tempPrefix(path string) string { return "." + filepath.Base(path) + "." }

// errStopped is the error of a commit after an interrupt.
var errStopped = errors.New("interrupted before the file was complete")

// Commit flushes, syncs and renames the file into place.
func (a *atomicFile) Commit() error { return commitAll(a) }

// commitAll commits files together: all are renamed into place, or, if
// one cannot be written or the run was interrupted, none is.
func commitAll(files ...*atomicFile) error {
	for _, a := range files {
		if err := a.finish(); err != nil {
			for _, b := range files {
				b.Abort()
			}
			return err
		}
	}
	outputs.Lock()
	defer outputs.Unlock()
	if outputs.stopped {
		return fmt.Errorf("write %s: %w", files[0].path, errStopped)
	}
	for _, a := range files {
		if err := os.Rename(a.f.Name(), a.path); err != nil {
			return fmt.Errorf("write %s: %w", a.path, err)
		}
		delete(outputs.temps, a.f.Name())
		outputs.committed = true
	}
	return nil
}

// finish flushes, syncs and closes the temporary file.
func (a *atomicFile) finish() error {
	err := a.Flush()
	if err == nil {
		err = a.f.Sync()
	}
	if cerr := a.f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(a.f.Name(), 0o644)
	}
	if err != nil {
		return fmt.Errorf("write %s: %w", a.path, err)
	}
	return nil
}

// Abort removes the temporary file; after Commit it does nothing.
func (a *atomicFile) Abort() {
	a.f.Close()
	os.Remove(a.f.Name())
	dropTemp(a.f.Name())
}

// removeStale removes the temporary files of path left by runs that were
// killed: those whose process is gone, and those of the old naming without
// a process id once a day old.
func removeStale(path string) {
	prefix := tempPrefix(path)
	matches, _ := filepath.Glob(filepath.Join(filepath.Dir(path), globEscape(prefix)+"*.tmp"))
	for _, m := range matches {
		rest := strings.TrimPrefix(filepath.Base(m), prefix)
		pidText, _, found := strings.Cut(rest, "-")
		pid, err := strconv.Atoi(pidText)
		switch {
		case found && err == nil && pid > 0:
			if pid != os.Getpid() && !alive(pid) {
				os.Remove(m)
			}
		default:
			if fi, err := os.Stat(m); err == nil && time.Since(fi.ModTime()) > 24*time.Hour {
				os.Remove(m)
			}
		}
	}
}

// alive reports whether a process with this id exists.
func alive(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}

func globEscape(s string) string {
	r := strings.NewReplacer(`\`, `\\`, "*", `\*`, "?", `\?`, "[", `\[`)
	return r.Replace(s)
}
