"""The words of the shipped templates (resources/templates/*.scene.json), marked so
Qt's extractor finds them: the gallery shows them translated. tests/core/test_translation_files.py
checks that this list matches the files."""

from __future__ import annotations

from composer.model.tr_noop import QT_TRANSLATE_NOOP

SHIPPED_WORDS = (
    # 01-intro.scene.json
    QT_TRANSLATE_NOOP("Templates", "Welcome intro"),
    QT_TRANSLATE_NOOP("Templates", "Intro"),
    QT_TRANSLATE_NOOP("Templates", "Say hello and tell viewers what the video is about."),
    # 02-product-feature.scene.json
    QT_TRANSLATE_NOOP("Templates", "Feature spotlight"),
    QT_TRANSLATE_NOOP("Templates", "Product feature"),
    QT_TRANSLATE_NOOP("Templates", "One feature, why it matters, and how to try it."),
    # 03-how-to-step.scene.json
    QT_TRANSLATE_NOOP("Templates", "How-to: one step"),
    QT_TRANSLATE_NOOP("Templates", "How-to step"),
    QT_TRANSLATE_NOOP("Templates", "Walk viewers through one step, then recap."),
    # 04-testimonial.scene.json
    QT_TRANSLATE_NOOP("Templates", "Customer testimonial"),
    QT_TRANSLATE_NOOP("Templates", "Testimonial"),
    QT_TRANSLATE_NOOP("Templates", "A customer's words, their result, and your call to action."),
    # 05-offer.scene.json
    QT_TRANSLATE_NOOP("Templates", "Limited-time offer"),
    QT_TRANSLATE_NOOP("Templates", "Offer / CTA"),
    QT_TRANSLATE_NOOP("Templates", "An offer, a deadline, and one clear action."),
    # 06-announcement.scene.json
    QT_TRANSLATE_NOOP("Templates", "Big announcement"),
    QT_TRANSLATE_NOOP("Templates", "Announcement"),
    QT_TRANSLATE_NOOP("Templates", "News in three beats: what, why, when."),
    # 07-social-short.scene.json
    QT_TRANSLATE_NOOP("Templates", "Social short"),
    QT_TRANSLATE_NOOP("Templates", "A fast hook, one idea, and a follow prompt."),
    # 08-event-invite.scene.json
    QT_TRANSLATE_NOOP("Templates", "Event invite"),
    QT_TRANSLATE_NOOP("Templates", "Invite viewers to an event: what, when, how to join."),
)
