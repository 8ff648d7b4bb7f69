/// The free pages of a new hub: what it is, and its accessibility statement.
enum StarterPages {
    static func about(_ settings: HubSettings) -> String {
        """
        ---
        title: About this hub
        summary: \(DocumentScaffold.quoted("What \(settings.title) is for, who it is for, and how to use the learning in your team."))
        ---

        ## What this hub is for

        When a child dies or is seriously harmed and abuse or neglect is known or suspected, \(settings.committeeName) may review what happened to understand what can be learned. The learning is only useful if it reaches the people who work with children and families every day.

        This hub brings that learning together: anonymised reviews and their recommendations, learning briefs and seven-minute briefings. Children and young people are referred to by a letter, such as Child A, and details that could identify a family have been removed or changed.

        ## Who it is for

        Anyone who works with children, young people and their families in \(settings.area), in any service and at any level: practitioners, their managers and supervisors, and senior leaders.

        ## How to use it

        Browse by learning theme, search, or start with the latest learning on the home page. A seven-minute briefing is written to be read aloud at the start of a team meeting, followed by a discussion of its questions.

        """
    }

    /// The statement the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility
    /// Regulations 2018 require, with each part the committee must complete marked "To complete".
    static func accessibility(_ settings: HubSettings) -> String {
        """
        ---
        title: Accessibility statement
        summary: \(DocumentScaffold.quoted("How accessible \(settings.title) is, how to ask for content in another format, and how to report a problem."))
        ---

        **To complete:** every paragraph marked "To complete" below needs the committee's own facts before the hub is published. The Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 require each section of this statement. Delete these notes once done.

        ## Who runs this website

        This website is run by \(settings.committeeName). We want as many people as possible to be able to use it. You should be able to change colours, contrast levels and fonts; zoom in up to 400% without the text spilling off the screen; navigate the whole website using just a keyboard or speech recognition software; and listen to it using a screen reader.

        ## How accessible this website is

        The pages of this hub are designed to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 at level AA. We know some parts may not be fully accessible:

        - full reports published as PDF documents may not work well with assistive technology;
        - the search page needs JavaScript; every document can also be found by browsing the learning themes.

        **To complete:** list any other content you know is not accessible, such as older PDF reports or images of text.

        ## Feedback and contact information

        If you need information on this website in a different format, such as an accessible PDF, large print, easy read, an audio recording or braille:

        **To complete:** give an email address or a web form and a postal address to write to, and say how many working days you will take to reply.

        ## Reporting accessibility problems with this website

        We are always looking to improve the accessibility of this website. If you find any problems not listed on this page or think we are not meeting accessibility requirements, contact us.

        **To complete:** say who to contact (the same contact as above, or another).

        ## Enforcement procedure

        The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 (the accessibility regulations). If you are not happy with how we respond to your complaint, contact the Equality Advisory and Support Service (EASS). In Northern Ireland, contact the Equality Commission for Northern Ireland.

        ## Technical information about this website's accessibility

        \(settings.committeeName) is committed to making its website accessible, in accordance with the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018.

        **To complete:** state whether this website is fully compliant, partially compliant or not compliant with the Web Content Accessibility Guidelines version 2.2 AA standard, and why.

        ## Non-accessible content

        **To complete:** list the content that is not accessible and why, under these headings: non-compliance with the accessibility regulations (each failure and the WCAG success criterion it fails), disproportionate burden (if you claim it, and your assessment), and content that is not within the scope of the accessibility regulations (for example, PDF documents published before 23 September 2018 that are not needed to use a service).

        ## What we're doing to improve accessibility

        **To complete:** say what you plan to fix, and by when; for example, publishing accessible web summaries of PDF reports.

        ## Preparation of this accessibility statement

        **To complete:** this statement was prepared on (date). It was last reviewed on (date). Say how the website was tested (for example, by the committee or an outside organisation, and with which tools and assistive technology), and review the statement at least once a year.

        """
    }
}
