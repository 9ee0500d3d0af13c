package com.milestonerecovery.portal.staff.ui.record;

import com.vaadin.flow.component.html.Div;

/** Trend charts (filled in when the chart renderer lands). */
class TrendsPanel extends Div {

    TrendsPanel(RecordServices services, long clientId) {
        setId("trends");
    }
}
