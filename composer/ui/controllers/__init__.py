"""Every controller of the main window, one per concern: files (open, save, autosave,
recovery), submitting, settings, scene actions, jobs, the brand kit, templates, spending
(rehearsal, storyboard, balance, costs) and offering another route. main_window.py creates
them and connects them to its parts; each is typed against what it needs of the window
(host.py), not against MainWindow."""
